import { ApiError } from '../../platform/http/api-error';
import { MAX_ENTRIES_PER_REQUEST } from '../domain/list-entries';

/** A problem found in a file, located by its line (the header being line 1) and its column or field. */
export interface ImportProblem {
  row: number;
  field: string;
  message: string;
}

/** One line of a file below the header: its cells as text, and what could not be read as text (a formula). */
export interface SheetRow {
  line: number;
  cells: string[];
  problems: ImportProblem[];
}

/** A file as the import reads it: the header's cells, then every non-blank line. */
export interface Sheet {
  header: string[];
  rows: SheetRow[];
}

/** The import takes as many rows as one bulk proposal. */
export const MAX_IMPORT_ROWS = MAX_ENTRIES_PER_REQUEST;

/** The import reads six columns, an Indico export a few dozen: a wider sheet is refused before it is read. */
export const MAX_IMPORT_COLUMNS = 64;

export function unreadableFile(message: string): ApiError {
  return new ApiError('VALIDATION_FAILED', message, [{ row: 1, field: 'file', message }]);
}

/** Refuses a file with no row below its header, or more than MAX_IMPORT_ROWS (`beyondCap`: reading stopped with more to come). */
export function checkRowCount(rows: number, beyondCap = false): void {
  if (rows > MAX_IMPORT_ROWS || beyondCap) {
    const count = beyondCap ? `more than ${MAX_IMPORT_ROWS}` : `${rows}`;
    throw unreadableFile(`The file has ${count} rows of organizations; import at most ${MAX_IMPORT_ROWS} at a time (split the file).`);
  }
  if (rows === 0) throw unreadableFile('The file has no organization below its header row; add one row per organization.');
}

export function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
