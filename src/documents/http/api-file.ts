import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse } from '@nestjs/swagger';
import { DocumentFormat, MEDIA_TYPES } from '../exports/formats';

const SCHEMAS: Record<DocumentFormat, object> = {
  csv: { type: 'string', description: 'UTF-8 with a byte order mark; a header row, then one row per item' },
  xlsx: { type: 'string', format: 'binary', description: 'One worksheet; a header row, then one row per item' },
  pdf: { type: 'string', format: 'binary' },
  json: { type: 'object' },
};

/** Documents a route that answers a file to save, in each of `formats`, chosen by Accept or `?format=`. */
export const ApiFile = (description: string, formats: DocumentFormat[]) =>
  applyDecorators(
    ApiHeader({
      name: 'Accept',
      required: false,
      description: `One of ${formats.map((f) => MEDIA_TYPES[f]).join(', ')}; ?format= overrides it`,
    }),
    ApiOkResponse({
      description: `${description} (Content-Disposition: attachment, with a file name)`,
      content: Object.fromEntries(formats.map((format) => [MEDIA_TYPES[format], { schema: SCHEMAS[format] }])),
    }),
  );
