import ExcelJS from 'exceljs';
import { checkRowCount, ImportProblem, isBlank, MAX_IMPORT_ROWS, Sheet, SheetRow, unreadableFile } from './sheet';
import { storedZip } from './stored-zip';
import { readableWorksheet } from './worksheet-xml';
import { MAX_UNPACKED_BYTES, unpackWithin } from './zip-unpack';

type Cell = ExcelJS.CellValue;

/** The first worksheet of an XLSX workbook as a sheet: row 1 is the header; formulas are refused, not evaluated. */
export async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const worksheet = (await load(bytes)).worksheets[0];
  if (!worksheet) throw unreadableFile('The workbook has no worksheet.');
  const headerRow = worksheet.getRow(1);
  const header = textsOf(headerRow, headerRow.cellCount, 1, []).cells;
  if (isBlank(header)) throw unreadableFile('The first worksheet has no header row (name, country, category, …) in row 1.');
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1 || rows.length > MAX_IMPORT_ROWS) return;
    const read = textsOf(row, header.length, line, header);
    if (!isBlank(read.cells) || read.problems.length) rows.push(read);
  });
  checkRowCount(rows.length, rows.length > MAX_IMPORT_ROWS);
  return { header, rows };
}

/** The workbook read by exceljs from what was unpacked and checked here: exceljs never sees the archive as sent. */
async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const files = await unpackWithin(bytes);
  if (files === 'not-a-zip') throw notAWorkbook();
  if (files === 'too-large') {
    throw unreadableFile(
      `The workbook unpacks to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB; send the organizations alone, or a CSV file.`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  const checked = storedZip(files.map(readableWorksheet));
  try {
    await workbook.xlsx.load(checked as unknown as ArrayBuffer);
  } catch {
    throw notAWorkbook();
  }
  return workbook;
}

function notAWorkbook() {
  return unreadableFile('The file is not an XLSX workbook that can be read: save it again as "Excel Workbook (.xlsx)", or as CSV UTF-8.');
}

function textsOf(row: ExcelJS.Row, columns: number, line: number, header: string[]): SheetRow {
  const problems: ImportProblem[] = [];
  const cells = Array.from({ length: columns }, (_, i) => {
    const text = textOf(row.getCell(i + 1).value);
    if (text === undefined) {
      const field = header[i]?.trim() || `column ${i + 1}`;
      problems.push({ row: line, field, message: 'this cell holds a formula or an error; type the value itself' });
    }
    return text ?? '';
  });
  return { line, cells, problems };
}

/** A cell's value as text; undefined for a formula (never evaluated: the import takes values) or an error. */
function textOf(value: Cell): string | undefined {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object') return String(value);
  if ('formula' in value || 'sharedFormula' in value || 'error' in value) return undefined;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return typeof value.text === 'string' ? value.text : textOf(value.text);
  return '';
}
