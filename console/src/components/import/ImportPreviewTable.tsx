import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportProblem } from '../../api/import-queries';

const COLUMNS = ['name', 'country', 'category', 'ecosocStatus', 'website', 'contactEmail'] as const;

export const rowAnchor = (row: number) => `import-row-${row}`;

/** Every row of the file as the engine read it, by line number, with the problems of each row beside it. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const problemsOf = (row: number): ImportProblem[] => preview.errors.filter((e) => e.row === row);
  return (
    <div className="no-table-wrap">
      <Table className="no-table no-import-table" striped captionSide="top">
        <caption className="no-secondary">{t('import.preview.caption', { count: preview.rows.length })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className="no-numeric">
              {t('import.preview.columns.row')}
            </Table.Th>
            {COLUMNS.map((column) => (
              <Table.Th key={column} scope="col">
                {t(`import.preview.columns.${column}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('import.preview.columns.problems')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((row) => {
            const problems = problemsOf(row.row);
            return (
              <Table.Tr
                key={row.row}
                id={rowAnchor(row.row)}
                tabIndex={-1}
                className={problems.length ? 'no-import-row-invalid' : undefined}
              >
                <Table.Th scope="row" className="no-numeric">
                  {row.row}
                </Table.Th>
                {COLUMNS.map((column) => (
                  <Table.Td key={column}>{row[column]}</Table.Td>
                ))}
                <Table.Td>
                  {problems.length === 0 ? (
                    <span className="no-secondary">{t('import.preview.noProblem')}</span>
                  ) : (
                    <ul className="no-import-problems">
                      {problems.map((problem, index) => (
                        <li key={index}>
                          <strong>{problem.field}</strong>
                          {t('import.preview.fieldSeparator')}
                          {problem.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
