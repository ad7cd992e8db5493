import { CsvError, parse } from 'csv-parse/sync';
import { checkRowCount, isBlank, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, Sheet, SheetRow, unreadableFile } from './sheet';

/** The characters of one line's cells together: every column the import reads at its longest, several times over. */
export const MAX_CSV_RECORD_CHARS = 64 * 1024;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** A CSV file (UTF-8, with or without a byte order mark, CRLF or LF, RFC 4180 quoting) as a sheet. */
export function readCsv(bytes: Buffer): Sheet {
  const records = parseRecords(decode(bytes));
  const [header, ...rest] = records;
  if (!header || isBlank(header.record)) throw unreadableFile('The file has no header row (name, country, category, …) on line 1.');
  const rows = rest.filter((r) => !isBlank(r.record)).map(toRow(header.record.length));
  checkRowCount(rows.length, records.length > MAX_IMPORT_ROWS + 1);
  return { header: header.record, rows };
}

function decode(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw unreadableFile('The file is not UTF-8 text: save the CSV file as UTF-8, or send an XLSX workbook.');
  }
}

function parseRecords(text: string): ParsedRecord[] {
  try {
    // Blank lines and lines of empty cells make no record (nor count towards `to`); one record beyond the cap is
    // enough to know that the file has too many, and parsing stops there.
    const options = {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      info: true,
      to: MAX_IMPORT_ROWS + 2,
      max_record_size: MAX_CSV_RECORD_CHARS,
      on_record: refuseWide as unknown as (record: string[]) => string[],
    } as const;
    return parse(text, options) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    if (error.code === 'CSV_MAX_RECORD_SIZE') {
      throw unreadableFile(
        `Line ${line} of the file is longer than ${MAX_CSV_RECORD_CHARS} characters; is it a CSV file of organizations?`,
      );
    }
    throw unreadableFile(`The file is not valid CSV near line ${line}: check its quotes (a quoted cell must end with a quote).`);
  }
}

/** With `info`, csv-parse hands `on_record` each record as it will return it, `{ record, info }` (its types say the cells alone). */
function refuseWide(parsed: ParsedRecord): ParsedRecord {
  if (parsed.record.length <= MAX_IMPORT_COLUMNS) return parsed;
  throw unreadableFile(
    `Line ${parsed.info.lines} of the file has ${parsed.record.length} cells; the import reads at most ${MAX_IMPORT_COLUMNS} columns: ` +
      "delete the columns beyond the organizations' own.",
  );
}

/** The line a record starts on: csv-parse counts the line it ends on, after any line breaks inside quoted cells. */
function toRow(columns: number) {
  return ({ record, info }: ParsedRecord): SheetRow => {
    const breaks = record.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    const line = info.lines - breaks;
    const problems =
      record.length === columns
        ? []
        : [{ row: line, field: 'file', message: `this row has ${record.length} cells where the header row has ${columns}` }];
    return { line, cells: record, problems };
  };
}
