import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | undefined;

/** A table as a spreadsheet holds it: a header row of column names, then one row per item. */
export interface Table {
  /** Names the worksheet (made valid by sheetName). */
  title: string;
  columns: readonly string[];
  rows: readonly Cell[][];
}

/** A cell a spreadsheet would take for a formula (or for DDE) begins with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Formula injection (OWASP "CSV injection"): text that begins with =, +, -, @, tab or carriage return
 * is prefixed with an apostrophe, which spreadsheets show as text. Numbers stay numbers.
 */
export function escapeCell(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 CSV in UTF-8 with a byte order mark (so that Excel reads accents and non-Latin names), CRLF line ends. */
export function toCsv(table: Table): Buffer {
  const text = stringify([table.columns.map(escapeCell), ...table.rows.map((row) => row.map(escapeCell))], {
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
  return Buffer.from(`\uFEFF${text}`, 'utf8');
}

/** One worksheet: the header row bold and frozen, the columns wide enough, every text cell stored as text. */
export async function toXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Nihil Obstat';
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.columns.map(escapeCell)).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => escapeCell(cell) ?? null));
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(60, Math.max(10, widest(table, index) + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function widest(table: Table, index: number): number {
  let width = table.columns[index].length;
  for (const row of table.rows.slice(0, 200)) width = Math.max(width, String(row[index] ?? '').length);
  return width;
}

const MAX_SHEET_NAME = 31;

/**
 * A worksheet name Excel (and exceljs) takes, made from any title. Excel's rules: at most 31 characters, none of
 * []:*?/\, no apostrophe first or last, not "History" (reserved, in any case). Cut at a whole character; else "Sheet1".
 */
export function sheetName(title: string): string {
  let name = '';
  for (const character of title.replace(/[[\]:*?/\\]/g, ' ')) {
    if (name.length + character.length > MAX_SHEET_NAME) break;
    name += character;
  }
  name = name.replace(/^[\s']+|[\s']+$/g, '');
  return name && name.toLowerCase() !== 'history' ? name : 'Sheet1';
}
