import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, unreadableFile } from './sheet';
import { UnpackedFile } from './zip-unpack';

const WORKSHEET = /(^|\/)worksheets\/[^/]+\.xml$/i;
/** The elements exceljs expands one column or one cell at a time (`<col max="1000000000">`, a merge over A1:XFD1048576). */
const EXPANDED = /<((?:[\w.-]+:)?(?:cols|mergeCells|dataValidations))(?=[\s/>])[^>]*>/g;
const ROW_OR_CELL = /<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>/g;
const CELL_REFERENCE = /(?:^|\s)r\s*=\s*["']\s*([A-Za-z]*)/;
/**
 * The cells and rows a worksheet may hold (empty and styled ones included): twice the most the import reads,
 * and ten times as many rows. exceljs spends about 115 bytes and 2 µs on each: 16 MiB of `<c/>` took 8.9 s and 423 MiB.
 */
export const MAX_WORKSHEET_CELLS = 2 * MAX_IMPORT_COLUMNS * (MAX_IMPORT_ROWS + 1);
export const MAX_WORKSHEET_ROWS = 10 * (MAX_IMPORT_ROWS + 1);

/**
 * A worksheet as exceljs may read it, checked before exceljs sees it: refused when a cell lies beyond
 * MAX_IMPORT_COLUMNS (the header's every cell up to its widest would be read), or with more cells or rows than
 * MAX_WORKSHEET_CELLS and MAX_WORKSHEET_ROWS; column widths, merged cells and
 * data validations are left out (the import reads values only, and exceljs expands their ranges cell by cell).
 * Other files of the workbook are returned as they are.
 */
export function readableWorksheet(file: UnpackedFile): UnpackedFile {
  if (!WORKSHEET.test(file.name.toString('latin1'))) return file;
  // Latin-1 maps each byte to one character and back, so the XML's bytes are kept exactly.
  const xml = file.content.toString('latin1');
  if (widestColumn(xml) > MAX_IMPORT_COLUMNS) {
    throw unreadableFile(
      `The worksheet has cells beyond column ${columnLetters(MAX_IMPORT_COLUMNS)}; the import reads at most ` +
        `${MAX_IMPORT_COLUMNS} columns: delete the columns beyond the organizations' own.`,
    );
  }
  return { ...file, content: Buffer.from(withoutExpandedRanges(xml), 'latin1') };
}

function tooManyCells() {
  return unreadableFile(
    `The worksheet holds more than ${MAX_WORKSHEET_CELLS} cells or ${MAX_WORKSHEET_ROWS} rows, empty ones included; the import ` +
      `reads at most ${MAX_IMPORT_ROWS} rows: delete the rows below the organizations, or send a CSV file.`,
  );
}

/** Each element named in EXPANDED cut out, up to its end tag (looked for with indexOf: no backtracking over the XML). */
function withoutExpandedRanges(xml: string): string {
  const kept: string[] = [];
  let from = 0;
  for (const match of xml.matchAll(EXPANDED)) {
    if (match.index < from) continue;
    kept.push(xml.slice(from, match.index));
    const opening = match[0];
    const end = opening.endsWith('/>') ? match.index + opening.length : xml.indexOf(`</${match[1]}>`, match.index);
    if (end < 0) throw unreadableFile('The workbook is damaged (a worksheet ends inside an element): save it again.');
    from = opening.endsWith('/>') ? end : end + match[1].length + 3;
  }
  kept.push(xml.slice(from));
  return kept.join('');
}

/** The widest column any cell lies in (its reference's letters, or the one after the row's previous cell); refuses too many cells or rows as soon as it counts them. */
function widestColumn(xml: string): number {
  let widest = 0;
  let column = 0;
  let cells = 0;
  let rows = 0;
  for (const [, tag, attributes] of xml.matchAll(ROW_OR_CELL)) {
    if (tag === 'row') {
      if (++rows > MAX_WORKSHEET_ROWS) throw tooManyCells();
      column = 0;
      continue;
    }
    if (++cells > MAX_WORKSHEET_CELLS) throw tooManyCells();
    const letters = CELL_REFERENCE.exec(attributes)?.[1];
    column = letters ? columnNumber(letters) : column + 1;
    widest = Math.max(widest, column);
  }
  return widest;
}

/** A column's number from its letters (A is 1, XFD 16384); letters beyond any sheet's count as infinitely wide. */
function columnNumber(letters: string): number {
  if (letters.length > 3) return Infinity;
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

function columnLetters(column: number): string {
  const rest = Math.floor((column - 1) / 26);
  return (rest ? columnLetters(rest) : '') + String.fromCharCode(65 + ((column - 1) % 26));
}
