import { EventMetadata, Position, StoredEvent } from '../event-store.port';

/** Column order of every event SELECT, read in array mode; `recorded_at` as the ISO text the port gives. */
export const EVENT_COLUMNS =
  'position, event_id, stream_id, revision, type, data, metadata, ' +
  `to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** `data` and `metadata` are `json` columns, which the driver parses; bigints come as decimal text. */
export type EventRow = [string, string, string, string, string, unknown, EventMetadata, string];

export function rowToEvent(row: EventRow): StoredEvent {
  return {
    position: row[0] as Position,
    eventId: row[1],
    streamId: row[2],
    revision: Number(row[3]),
    type: row[4],
    data: row[5],
    metadata: row[6],
    recordedAt: row[7],
  };
}
