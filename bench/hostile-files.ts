/** Files a hostile client would send to the import, shared by test/hostile/ and the hostile bench. */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { unpackWithin, UnpackedFile } from '../src/accreditation/import/zip-unpack';

export const GIB = 1024 * 1024 * 1024;
const CHUNK = 'x'.repeat(1024 * 1024);
const SHEET = 'xl/worksheets/sheet1.xml';
/** A final deflate block with no data (fixed Huffman codes, end of block). */
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

/**
 * A real XLSX workbook whose first worksheet inflates to `bytes` (1 GiB: about 1 MiB sent) while the archive
 * declares the size of an ordinary sheet. The inflated whole is never held.
 */
export async function inflatingWorkbook(bytes = GIB): Promise<Buffer> {
  const files = await filesOf(await workbook([['name', 'country', 'category']]));
  const sheet = files.find((file) => file.name.toString() === SHEET)!;
  const head = sheet.content.toString().replace(/<sheetData[\s\S]*$/, '<sheetData>');
  const { compressed, crc } = deflatedRepeat(head, bytes);
  return zipOf(files.map((file) => (file === sheet ? { ...file, compressed, crc, declared: sheet.content.length } : stored(file))));
}

/** A workbook whose header row reaches column XFD (16384), above `rows` rows of three cells. */
export async function wideWorkbook(rows = 1000): Promise<Buffer> {
  const header = ['name', 'country', 'category'];
  const book = await workbook([header, ...Array.from({ length: rows }, (_, i) => [`Organization ${i}`, 'FRA', 'ngo'])]);
  const files = await filesOf(book);
  const sheet = files.find((file) => file.name.toString() === SHEET)!;
  const wide = sheet.content.toString().replace('<c r="C1"', '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c><c r="C1"');
  return zipOf(files.map((file) => stored(file === sheet ? { ...file, content: Buffer.from(wide) } : file)));
}

/**
 * An ordinary workbook of `rows` organizations whose column widths, merged cells and data validation reach the
 * sheet's far corner (a template's whole-column drop-down, or a hostile merge): exceljs would expand each cell by cell.
 */
export async function sprawlingWorkbook(rows = 3): Promise<Buffer> {
  const book = await workbook([
    ['name', 'country', 'category'],
    ...Array.from({ length: rows }, (_, i) => [`Organization ${i}`, 'FRA', 'ngo']),
  ]);
  const files = await filesOf(book);
  const sheet = files.find((file) => file.name.toString() === SHEET)!;
  const sprawl = sheet.content
    .toString()
    .replace(/<cols>[\s\S]*?<\/cols>|(?=<sheetData)/, '<cols><col min="1" max="1000000000" width="20" customWidth="1"/></cols>')
    .replace(
      '</sheetData>',
      '</sheetData><mergeCells count="1"><mergeCell ref="E2:XFD1048576"/></mergeCells>' +
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C2:C1048576">' +
        '<formula1>"ngo,academia,media"</formula1></dataValidation></dataValidations>',
    );
  return zipOf(files.map((file) => stored(file === sheet ? { ...file, content: Buffer.from(sprawl) } : file)));
}

/** A workbook whose worksheet holds `cells` empty cells below its header, 64 to a row. */
export async function emptyCellsWorkbook(cells: number): Promise<Buffer> {
  const files = await filesOf(await workbook([['name', 'country', 'category']]));
  const sheet = files.find((file) => file.name.toString() === SHEET)!;
  const rows = Array.from({ length: Math.ceil(cells / 64) }, (_, i) => `<row r="${i + 2}">${'<c/>'.repeat(64)}</row>`);
  const content = Buffer.from(sheet.content.toString().replace('</sheetData>', `${rows.join('')}</sheetData>`));
  return zipOf(files.map((file) => (file === sheet ? deflated({ ...file, content }) : stored(file))));
}

/** A CSV file whose header has `columns` cells, above `rows` rows as wide. */
export function wideCsv(columns = 16384, rows = 100): Buffer {
  const line = (first: string) => first + ','.repeat(columns - 3);
  return Buffer.from([line('name,country,category'), ...Array.from({ length: rows }, (_, i) => line(`Org ${i},FRA,ngo`))].join('\n'));
}

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Organizations');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function filesOf(zip: Buffer): Promise<UnpackedFile[]> {
  const files = await unpackWithin(zip);
  if (typeof files === 'string') throw new Error(`exceljs wrote an archive the import refuses: ${files}`);
  return files;
}

/**
 * `head` then "x" up to `bytes`, deflated: each part ends with a full flush (byte-aligned, no back-references
 * across parts), so one deflated chunk is repeated instead of deflating a gibibyte; an empty final block closes it.
 */
function deflatedRepeat(head: string, bytes: number): { compressed: Buffer; crc: number } {
  const flushed = (text: string) => deflateRawSync(text, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const chunk = flushed(CHUNK);
  const repeats = Math.floor((bytes - head.length) / CHUNK.length);
  const last = CHUNK.slice(0, bytes - head.length - repeats * CHUNK.length);
  const chunkCrc = (crc: number) => crc32(CHUNK, crc);
  let crc = crc32(head);
  for (let i = 0; i < repeats; i++) crc = chunkCrc(crc);
  const parts = [flushed(head), ...Array<Buffer>(repeats).fill(chunk), flushed(last), FINAL_EMPTY_BLOCK];
  return { compressed: Buffer.concat(parts), crc: crc32(last, crc) };
}

interface ZipFile {
  name: Buffer;
  compressed: Buffer;
  crc: number;
  declared: number;
  method?: number;
}

function stored(file: UnpackedFile): ZipFile {
  return { name: file.name, compressed: file.content, crc: crc32(file.content), declared: file.content.length, method: 0 };
}

function deflated(file: UnpackedFile): ZipFile {
  return { ...stored(file), compressed: deflateRawSync(file.content), method: 8 };
}

/** A ZIP archive of the files, deflated unless stored (`method` 0), with the sizes they declare. */
function zipOf(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0);
    fields.writeUInt16LE(file.method ?? 8, 4);
    fields.writeUInt16LE(0x21, 8);
    fields.writeUInt32LE(file.crc >>> 0, 10);
    fields.writeUInt32LE(file.compressed.length, 14);
    fields.writeUInt32LE(file.declared, 18);
    fields.writeUInt16LE(file.name.length, 22);
    const local = Buffer.concat([signature(0x04034b50), fields, file.name, file.compressed]);
    const tail = Buffer.alloc(14);
    tail.writeUInt32LE(offset, 10);
    directory.push(Buffer.concat([signature(0x02014b50), Buffer.from([20, 0]), fields, tail, file.name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(18);
  end.writeUInt16LE(files.length, 4);
  end.writeUInt16LE(files.length, 6);
  end.writeUInt32LE(central.length, 8);
  end.writeUInt32LE(offset, 12);
  return Buffer.concat([...locals, central, signature(0x06054b50), end]);
}

function signature(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}
