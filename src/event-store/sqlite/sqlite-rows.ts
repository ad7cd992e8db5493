import { EventMetadata, Position, StoredEvent } from '../event-store.port';

/** Column order of every SELECT in the SQLite store, read in raw (array) mode. */
export const EVENT_COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata, recorded_at';

export type EventRow = [number | bigint, string, string, number, string, string, string, string];

export function rowToEvent(row: EventRow): StoredEvent {
  return {
    // A row id is a non-negative integer: its decimal text is the position (no BigInt on this hot path).
    position: String(row[0]) as Position,
    eventId: row[1],
    streamId: row[2],
    revision: row[3],
    type: row[4],
    data: JSON.parse(row[5]) as unknown,
    metadata: JSON.parse(row[6]) as EventMetadata,
    recordedAt: row[7],
  };
}
