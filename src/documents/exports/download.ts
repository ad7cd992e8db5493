import type { FastifyReply } from 'fastify';
import { DocumentFormat, MEDIA_TYPES } from './formats';
import { Table, toCsv, toXlsx } from './table';

/**
 * Sends a table as a file to save: its media type, and a Content-Disposition attachment named
 * `<name>.<format>` (`name` is made of slugs, so it needs no encoding).
 */
export async function sendTable(reply: FastifyReply, table: Table, format: 'csv' | 'xlsx', name: string): Promise<Buffer> {
  const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
  attachment(reply, format, name);
  return body;
}

export function attachment(reply: FastifyReply, format: DocumentFormat, name: string): void {
  const type = format === 'csv' ? `${MEDIA_TYPES.csv}; charset=utf-8; header=present` : MEDIA_TYPES[format];
  void reply.header('content-type', type).header('content-disposition', `attachment; filename="${name}.${format}"`);
}
