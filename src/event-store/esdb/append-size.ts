import { EventData } from '@eventstore/db-client';

/** The server's default `MaxAppendSize`. */
export const DEFAULT_MAX_APPEND_SIZE = 1024 * 1024;

/**
 * What the server counts against `MaxAppendSize`, from above: each event's data and metadata as
 * UTF-8 JSON plus its type at two bytes a character (as the server sizes a record).
 */
export function appendSize(events: EventData[]): number {
  return events.reduce((total, event) => total + eventSize(event), 0);
}

function eventSize(event: EventData): number {
  return jsonBytes(event.data) + jsonBytes(event.metadata) + event.type.length * 2;
}

function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  if (value instanceof Uint8Array) return value.byteLength;
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}
