import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { TestApp } from '../support/test-app';

export interface Download {
  statusCode: number;
  headers: Record<string, string>;
  bytes: Buffer;
  text(): string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON error or view, asserted with Jest's matchers like every JSON answer in the tests
  json(): any;
}

/** A GET whose answer may be binary (the test app's inject reads text). */
export async function download(t: TestApp, url: string, headers: Record<string, string> = {}): Promise<Download> {
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const response = await fetch(`${base}${url}`, { headers });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    statusCode: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    bytes,
    text: () => bytes.toString('utf8'),
    json: () => JSON.parse(bytes.toString('utf8')),
  };
}

/** A CSV file read back: the header row and the records as objects (the byte order mark dropped). */
export function readCsv(bytes: Buffer): { columns: string[]; records: Record<string, string>[] } {
  const rows: string[][] = parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  const [columns, ...data] = rows;
  return { columns, records: data.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i]]))) };
}

/** An XLSX file read back with exceljs: the first worksheet's header row and records (cells as text). */
export async function readXlsx(bytes: Buffer): Promise<{ columns: string[]; records: Record<string, string>[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, index) => row.getCell(index + 1).text));
  });
  const [columns, ...data] = rows;
  return { columns, records: data.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? '']))) };
}
