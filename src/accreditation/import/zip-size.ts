/** What a workbook may unpack to: 1000 rows with every cell at its longest fit several times over; far less than would exhaust memory. */
export const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes, followed by a comment of at most 65535 bytes. */
const END_RECORD_SEARCH = 22 + 0xffff;

/**
 * The total size a ZIP archive (an XLSX workbook) declares for its files once unpacked, read from its
 * central directory before anything is unpacked (a "zip bomb" is refused without inflating it);
 * undefined when the bytes are no ZIP archive.
 */
export function declaredUnpackedSize(bytes: Buffer): number | undefined {
  const end = endRecordOffset(bytes);
  if (end === undefined) return undefined;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY) return undefined;
    total += bytes.readUInt32LE(offset + 24);
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}

function endRecordOffset(bytes: Buffer): number | undefined {
  const lowest = Math.max(0, bytes.length - END_RECORD_SEARCH);
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return undefined;
}
