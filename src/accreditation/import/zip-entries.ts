/** One file of a ZIP archive as its central directory describes it, and where its stored bytes are. */
export interface ZipEntry {
  /** The name's bytes as stored (UTF-8 when `flags` has bit 11, else code page 437; kept as they are). */
  name: Buffer;
  flags: number;
  method: number;
  declaredSize: number;
  compressed: Buffer;
}

export const STORED = 0;
export const DEFLATED = 8;
const ENCRYPTED = 0x1;
/** An XLSX workbook has a few dozen files; far more is no workbook the import would read. */
export const MAX_ZIP_ENTRIES = 1000;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65535 bytes. */
const END_RECORD_SEARCH = 22 + 0xffff;

/**
 * The files of a ZIP archive, read from its central directory without unpacking anything; undefined when the
 * bytes are no ZIP archive the import reads (damaged, encrypted, compressed otherwise than by deflate). A 2 MiB body
 * needs no ZIP64: its markers are read as the 32-bit sizes they stand in (4 GiB declared, or bytes beyond the body).
 */
export function zipEntries(bytes: Buffer): ZipEntry[] | undefined {
  const end = endRecordOffset(bytes);
  if (end === undefined) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  if (count > MAX_ZIP_ENTRIES) return undefined;
  const entries: ZipEntry[] = [];
  let offset = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    const entry = entryAt(bytes, offset);
    if (!entry) return undefined;
    entries.push(entry);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

function entryAt(bytes: Buffer, offset: number): ZipEntry | undefined {
  const flags = bytes.readUInt16LE(offset + 8);
  const method = bytes.readUInt16LE(offset + 10);
  const compressedSize = bytes.readUInt32LE(offset + 20);
  const declaredSize = bytes.readUInt32LE(offset + 24);
  const nameLength = bytes.readUInt16LE(offset + 28);
  if (flags & ENCRYPTED || (method !== STORED && method !== DEFLATED)) return undefined;
  const data = dataOffset(bytes, bytes.readUInt32LE(offset + 42));
  if (data === undefined || data + compressedSize > bytes.length || offset + 46 + nameLength > bytes.length) return undefined;
  return {
    name: bytes.subarray(offset + 46, offset + 46 + nameLength),
    flags,
    method,
    declaredSize,
    compressed: bytes.subarray(data, data + compressedSize),
  };
}

/** Where a file's stored bytes begin: after its local header, whose name and extra field may differ in length from the directory's. */
function dataOffset(bytes: Buffer, local: number): number | undefined {
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_FILE_HEADER) return undefined;
  return local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
}

function endRecordOffset(bytes: Buffer): number | undefined {
  const lowest = Math.max(0, bytes.length - END_RECORD_SEARCH);
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return undefined;
}
