import { crc32 } from 'node:zlib';
import { UnpackedFile } from './zip-unpack';

const UTF8_NAME = 0x800;
/** 1 January 1980, the earliest date a ZIP archive can hold. */
const DOS_DATE = 0x21;

/** The files as a ZIP archive that stores them uncompressed: what was counted while unpacking is all there is to read. */
export function storedZip(files: UnpackedFile[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const fields = header(file);
    const local = Buffer.concat([fields.local, file.name, file.content]);
    directory.push(Buffer.concat([fields.central(offset), file.name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(directory);
  return Buffer.concat([...locals, central, endRecord(files.length, central.length, offset)]);
}

function header(file: UnpackedFile) {
  const flags = file.flags & UTF8_NAME;
  const crc = crc32(file.content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(flags, 6);
  local.writeUInt16LE(DOS_DATE, 12);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(file.content.length, 18);
  local.writeUInt32LE(file.content.length, 22);
  local.writeUInt16LE(file.name.length, 26);
  const central = (offset: number) => {
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    local.copy(entry, 6, 4, 30);
    entry.writeUInt32LE(offset, 42);
    return entry;
  };
  return { local, central };
}

function endRecord(entries: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}
