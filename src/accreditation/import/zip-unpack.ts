import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { STORED, ZipEntry, zipEntries } from './zip-entries';

/** What a workbook may unpack to: 1000 rows with every cell at its longest fit several times over; far less than would exhaust memory. */
export const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

/** A file of the archive, unpacked. */
export interface UnpackedFile {
  name: Buffer;
  flags: number;
  content: Buffer;
}

export type Unpacked = UnpackedFile[] | 'not-a-zip' | 'too-large';

const inflate = promisify(inflateRaw);

/**
 * Every file of a ZIP archive, unpacked while counting the bytes actually inflated: inflating stops as soon as
 * the files together pass MAX_UNPACKED_BYTES, whatever sizes the archive declares (a "zip bomb" costs the
 * engine at most that much). A total declared beyond the limit is refused before anything is inflated.
 */
export async function unpackWithin(bytes: Buffer): Promise<Unpacked> {
  const entries = zipEntries(bytes);
  if (!entries) return 'not-a-zip';
  if (entries.reduce((sum, entry) => sum + entry.declaredSize, 0) > MAX_UNPACKED_BYTES) return 'too-large';
  const files: UnpackedFile[] = [];
  let total = 0;
  for (const entry of entries) {
    const content = await unpacked(entry, MAX_UNPACKED_BYTES - total);
    if (typeof content === 'string') return content;
    total += content.length;
    if (total > MAX_UNPACKED_BYTES) return 'too-large';
    files.push({ name: entry.name, flags: entry.flags, content });
  }
  return files;
}

async function unpacked(entry: ZipEntry, room: number): Promise<Buffer | 'not-a-zip' | 'too-large'> {
  if (entry.method === STORED) return entry.compressed;
  try {
    // zlib stops and fails with ERR_BUFFER_TOO_LARGE once its output passes maxOutputLength (at least 1).
    return await inflate(entry.compressed, { maxOutputLength: Math.max(1, room) });
  } catch (error) {
    return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'not-a-zip';
  }
}
