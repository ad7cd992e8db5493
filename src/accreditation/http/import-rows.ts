import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { fieldProblems } from '../../platform/http/validation';
import { OrganizationDto } from './list.dto';
import { countryCode } from '../import/country-cell';
import { ImportProblem, Sheet, SheetRow } from '../import/sheet';

export const IMPORT_COLUMNS = ['name', 'country', 'category', 'ecosocStatus', 'website', 'contactEmail'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
const REQUIRED_COLUMNS: Column[] = ['name', 'country', 'category'];

/** A row as read from the file (cells trimmed, empty ones left out), with its line number. */
export type ImportRow = { row: number } & Partial<Record<Column, string>>;

/** A row that passed the checks of a single proposal's body, ready for the domain's rules. */
export interface ValidRow {
  line: number;
  organization: OrganizationDto;
}

/** Whose columns the file has: ours (contract 1.1), or those of Indico's registration export. */
export type ImportLayout = 'nihil-obstat' | 'indico';

export interface ReadRows {
  layout: ImportLayout;
  /** Header cells the import does not read (only in an Indico export, whose other columns are the registrants'). */
  ignoredColumns: string[];
  rows: ImportRow[];
  valid: ValidRow[];
  errors: ImportProblem[];
}

/**
 * Indico's registration export (Registrations > Export, CSV or Excel) heads its columns with the titles of
 * the registration form's fields; those of the personal data section are fixed by Indico (PersonalDataType
 * in indico/modules/events/registration/models/items.py): "First Name", "Last Name", "Email Address",
 * "Affiliation", "Address", "Country", "Phone Number", "Position", "Title", after its own "ID" and "Name".
 * The registrant's affiliation is the organization; "Category", "ECOSOC status" and "Website" are fields the
 * office adds to its form. Keys are squashed titles.
 */
const INDICO_COLUMNS: Record<string, Column> = {
  affiliation: 'name',
  country: 'country',
  emailaddress: 'contactEmail',
  category: 'category',
  ecosocstatus: 'ecosocStatus',
  website: 'website',
};
const INDICO_SIGNATURE = ['id', 'emailaddress', 'affiliation'];

/** The sheet's rows as organizations, each checked exactly as the body of a single proposal is. */
export async function organizationRows(sheet: Sheet): Promise<ReadRows> {
  const layout: ImportLayout = INDICO_SIGNATURE.every((title) => sheet.header.some((cell) => squashed(cell) === title))
    ? 'indico'
    : 'nihil-obstat';
  const { columns, errors: headerErrors } = layout === 'indico' ? indicoColumns(sheet.header) : headerColumns(sheet.header);
  const ignoredColumns = sheet.header.filter((cell, i) => cell.trim() && !columns[i]);
  const result: ReadRows = {
    layout,
    ignoredColumns: layout === 'indico' ? ignoredColumns : [],
    rows: [],
    valid: [],
    errors: [...headerErrors],
  };
  for (const sheetRow of sheet.rows) {
    const record = recordOf(sheetRow, columns);
    result.rows.push({ row: sheetRow.line, ...record });
    // Rows are checked against a header that names the columns; a cell already found unreadable is not checked again.
    if (headerErrors.length) continue;
    const unreadable = new Set(sheetRow.problems.map((p) => p.field));
    const problems = [...sheetRow.problems, ...(await bodyProblems(record, sheetRow.line)).filter((p) => !unreadable.has(p.field))];
    if (problems.length) result.errors.push(...problems);
    else result.valid.push({ line: sheetRow.line, organization: record as unknown as OrganizationDto });
  }
  return result;
}

/** Which column each header cell names (case, spaces, hyphens and underscores aside), and what is wrong with the header. */
function headerColumns(header: string[]): { columns: Array<Column | undefined>; errors: ImportProblem[] } {
  const errors: ImportProblem[] = [];
  const columns = header.map((cell, i) => {
    const column = IMPORT_COLUMNS.find((name) => squashed(name) === squashed(cell));
    const label = cell.trim() || `column ${i + 1}`;
    if (!column && cell.trim())
      errors.push(headerProblem(label, `"${label}" is not a column the import takes (${IMPORT_COLUMNS.join(', ')})`));
    if (column && header.findIndex((other) => squashed(other) === squashed(cell)) !== i) {
      errors.push(headerProblem(column, `the column "${column}" appears twice in the header row`));
    }
    return column;
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  errors.push(...missing.map((column) => headerProblem(column, `the header row has no "${column}" column`)));
  return { columns, errors };
}

/** The columns of an Indico export that the import reads; the registrants' other columns are ignored. */
function indicoColumns(header: string[]): { columns: Array<Column | undefined>; errors: ImportProblem[] } {
  const columns = header.map((cell) => INDICO_COLUMNS[squashed(cell)]);
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  const errors = missing.map((column) =>
    headerProblem(
      column,
      column === 'category'
        ? 'the Indico export has no "Category" column: add a field titled "Category" (ngo, civil-society, private-sector, academia or media) to the registration form, or add the column to the file'
        : `the Indico export has no "${column === 'name' ? 'Affiliation' : 'Country'}" column: enable that personal data field in the registration form`,
    ),
  );
  return { columns, errors };
}

function headerProblem(field: string, message: string): ImportProblem {
  return { row: 1, field, message };
}

function squashed(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

function recordOf({ cells }: SheetRow, columns: Array<Column | undefined>): Partial<Record<Column, string>> {
  const record: Partial<Record<Column, string>> = {};
  columns.forEach((column, i) => {
    const value = cells[i]?.trim();
    if (column && value) record[column] = column === 'country' ? countryCode(value) : value;
  });
  return record;
}

async function bodyProblems(record: Partial<Record<Column, string>>, line: number): Promise<ImportProblem[]> {
  const errors = await validate(plainToInstance(OrganizationDto, record), { whitelist: true, forbidNonWhitelisted: true });
  return fieldProblems(errors).map(({ field, problems }) => ({ row: line, field, message: problems.join('; ') }));
}
