import { UploadedFile, XLSX_MEDIA_TYPE } from '../../platform/http/upload-body';
import { readCsv } from './csv-sheet';
import { Sheet } from './sheet';
import { readXlsx } from './xlsx-sheet';

/** The file as a sheet, read by the media type it was sent as. */
export function readSheet(file: UploadedFile): Promise<Sheet> {
  return file.mediaType === XLSX_MEDIA_TYPE ? readXlsx(file.bytes) : Promise.resolve(readCsv(file.bytes));
}
