import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { importTypeOf, useImportCheck, useImportFile, useImportList, type ImportPreview } from '../../api/import-queries';
import { ApiProblem } from '../../api/problem';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { ImportConfirmModal } from '../../components/import/ImportConfirmModal';
import { ImportDone } from '../../components/import/ImportDone';
import { ImportFileField } from '../../components/import/ImportFileField';
import { ImportPreviewTable, rowAnchor } from '../../components/import/ImportPreviewTable';
import { ProblemAlert, problemMessage } from '../../components/ProblemAlert';
import { problemsOfFile, wholeFileProblem } from './import-problems';

const FILE_INPUT = 'import-file';
const MAX_BYTES = 2 * 1024 * 1024;

/** The PGA's office imports a CSV or XLSX file of organizations: choose, check (dry run), preview, confirm, import. */
export function ImportPage() {
  const { t } = useTranslation();
  const { meetingId = '', listId = '' } = useParams();
  const target = { meetingId, listId };
  const list = useImportList(target);
  const check = useImportCheck(target);
  const importer = useImportFile(target);
  const [file, setFile] = useState<File>();
  const [fileError, setFileError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const listUrl = `/meetings/${meetingId}/lists/${listId}`;
  const listTitle = list.data?.title ?? listId;

  // A refused import (the list changed since the check) lists its rows like the check does.
  const refusedRows = importer.error instanceof ApiProblem ? problemsOfFile(importer.error) : undefined;
  const preview: ImportPreview | undefined = check.data && (refusedRows ? { ...check.data, errors: refusedRows } : check.data);

  const choose = (chosen: File | undefined) => {
    setFile(chosen);
    setFileError(undefined);
    check.reset();
    importer.forNewFile();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !file ? 'choose' : !importTypeOf(file) ? 'type' : file.size > MAX_BYTES ? 'size' : undefined;
    setFileError(problem && t(`import.file.errors.${problem}`));
    if (file && !problem) {
      check.mutate(file, {
        onError: (error) => setFileError(wholeFileProblem(error) ?? problemMessage(error, t)),
      });
    }
  };

  const summary: SummaryItem[] = [
    ...(fileError ? [{ fieldId: FILE_INPUT, message: fileError }] : []),
    ...(preview?.errors ?? []).map((e) => ({
      fieldId: e.row === 1 ? FILE_INPUT : rowAnchor(e.row),
      message: t('import.preview.problem', { row: e.row, field: e.field, message: e.message }),
    })),
  ];

  if (importer.data) {
    return (
      <div className="no-reading">
        <Title order={1} mb="md">
          {t('import.title')}
        </Title>
        <ImportDone count={importer.data.entryIds.length} listTitle={listTitle} listUrl={listUrl} />
      </div>
    );
  }

  const rowsWithProblems = new Set(preview?.errors.map((e) => e.row)).size;
  const ready = preview && preview.errors.length === 0;
  return (
    <>
      <div className="no-reading">
        <Anchor component={Link} to={listUrl} size="sm">
          {t('import.back')}
        </Anchor>
        <Title order={1} mt="xs" mb="xs">
          {t('import.title')}
        </Title>
        {list.isPending ? (
          <Loader size="xs" aria-label={t('common.loading')} />
        ) : (
          <Text mb="md">{t('import.intro', { list: listTitle })}</Text>
        )}
        {list.isError && <ProblemAlert error={list.error} />}
        <ErrorSummary items={summary} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ImportFileField id={FILE_INPUT} error={fileError} onChoose={choose} />
            <Group>
              <Button type="submit" variant={ready ? 'default' : 'filled'} loading={check.isPending}>
                {t('import.check')}
              </Button>
            </Group>
          </Stack>
        </form>
      </div>
      {preview && file && (
        <section aria-labelledby="import-preview-title" className="no-import-preview">
          <Title order={2} id="import-preview-title" size="h3" mb="xs">
            {t('import.preview.title', { file: file.name })}
          </Title>
          <Text mb="sm" role="status">
            {ready
              ? t('import.preview.allReady', { count: preview.rows.length })
              : t('import.preview.someRefused', { count: rowsWithProblems, rows: preview.rows.length })}
          </Text>
          {preview.layout === 'indico' && (
            <Text mb="sm">{t('import.preview.indico', { columns: preview.ignoredColumns.join(', ') || '—' })}</Text>
          )}
          {!ready && <Text mb="md">{t('import.preview.fixAndChooseAgain')}</Text>}
          {ready && (
            <Group mb="md">
              <Button onClick={() => setConfirming(true)}>{t('import.submit', { count: preview.rows.length })}</Button>
            </Group>
          )}
          {importer.isError && !refusedRows && <ProblemAlert error={importer.error} />}
          <ImportPreviewTable preview={preview} />
          <ImportConfirmModal
            opened={confirming}
            count={preview.rows.length}
            listTitle={listTitle}
            fileName={file.name}
            pending={importer.isPending}
            onConfirm={() => importer.mutate(file, { onSettled: () => setConfirming(false) })}
            onClose={() => setConfirming(false)}
          />
        </section>
      )}
    </>
  );
}
