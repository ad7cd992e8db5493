import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp } from '../support/test-app';

export interface PdfResponse {
  statusCode: number;
  headers: Record<string, string>;
  bytes: Buffer;
  /** The answer as JSON (an error's body). */
  json(): { statusCode: number; code: string; message: string };
}

/** GET as bytes: the test app's `inject` reads answers as text, which would mangle a PDF. */
export async function getPdf(t: TestApp, url: string, headers: Record<string, string>): Promise<PdfResponse> {
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const response = await fetch(`${base}${url}`, { headers });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    statusCode: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    bytes,
    json: () => JSON.parse(bytes.toString('utf8')) as ReturnType<PdfResponse['json']>,
  };
}

/** The PDF's text as poppler's pdftotext reads it in reading order (a table cell's lines stay together), pages split by form feeds. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'letter-'));
  try {
    const file = join(dir, 'letter.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text with runs of white space folded to one space, for phrases that a line break may split. */
export function flowing(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The PDF's pages, as pdftotext separates them. */
export function pagesOf(text: string): string[] {
  return text.split('\f').filter((page) => page.trim() !== '');
}
