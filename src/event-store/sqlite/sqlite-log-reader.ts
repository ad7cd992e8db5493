import type Database from 'better-sqlite3';
import { openSqliteFile } from './sqlite-file';
import { EVENT_COLUMNS, EventRow } from './sqlite-rows';

/** A row with a last column telling whether `occurred_at` and `schema_version` agree with the metadata (1) or not (0). */
export type CheckedRow = [...EventRow, copiesAgree: 0 | 1];

/**
 * A row for a rebuild: `metadata` is null when the copied columns hold `occurredAt` and
 * `schemaVersion` (then the text is fetched only if something asks for more: {@link metadataAt}).
 */
export type RebuildRow = [
  position: number | bigint,
  eventId: string,
  streamId: string,
  revision: number,
  type: string,
  data: string,
  metadata: string | null,
  recordedAt: string,
  occurredAt: string | null,
  schemaVersion: number | null,
];

// Rows written before the copies existed have none (NULL), and nothing to agree with. A metadata text
// that is not JSON is left to the verifier's parse, which reports it.
const COPIES_AGREE = `CASE WHEN occurred_at IS NULL AND schema_version IS NULL THEN 1
  WHEN json_valid(metadata) THEN json_extract(metadata, '$.occurredAt', '$.schemaVersion') = json_array(occurred_at, schema_version)
  ELSE 1 END`;

/**
 * Read-only access to an embedded store's file for audit work: rows as stored (JSON left as text),
 * by position range or by a set of streams. Each thread of a parallel verification or rebuild opens
 * its own (WAL lets readers run beside the engine's writer). Never writes.
 */
export class SqliteLogReader {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(path: string) {
    this.db = openSqliteFile(path, ['busy_timeout = 5000'], { readOnly: true });
    this.statements = {
      last: this.db.prepare('SELECT coalesce(max(position), 0) FROM events').pluck(),
      range: this.db
        .prepare(`SELECT ${EVENT_COLUMNS}, ${COPIES_AGREE} FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?`)
        .raw(),
      // `+stream_id`: the scan follows positions; the stream index would mean a sort per page.
      streams: this.db
        .prepare(
          'SELECT position, event_id, stream_id, revision, type, data, ' +
            'CASE WHEN occurred_at IS NULL OR schema_version IS NULL THEN metadata END, recorded_at, occurred_at, schema_version ' +
            'FROM events WHERE position > ? AND position <= ? AND +stream_id IN (SELECT value FROM json_each(?)) ORDER BY position LIMIT ?',
        )
        .raw(),
      metadata: this.db.prepare('SELECT metadata FROM events WHERE position = ?').pluck(),
      sizes: this.db.prepare('SELECT stream_id, count(*) FROM events WHERE position <= ? GROUP BY stream_id').raw(),
    };
  }

  /** The position of the log's last event (0 when empty). */
  lastPosition(): number {
    return Number(this.statements.last.get());
  }

  /** Up to `max` rows with `after < position <= upTo`, in position order. */
  rows(after: number, upTo: number, max: number): CheckedRow[] {
    return this.statements.range.all(after, upTo, max) as CheckedRow[];
  }

  /** Up to `max` rows of the given streams (a JSON array) with `after < position <= upTo`, in position order. */
  rowsOfStreams(streamsJson: string, after: number, upTo: number, max: number): RebuildRow[] {
    return this.statements.streams.all(after, upTo, streamsJson, max) as RebuildRow[];
  }

  /** The stored metadata text of the event at `position`. */
  metadataAt(position: number | string): string | undefined {
    return this.statements.metadata.get(position) as string | undefined;
  }

  /** Every stream with its number of events at positions up to `upTo`. */
  streamSizes(upTo: number): Array<[streamId: string, events: number]> {
    return this.statements.sizes.all(upTo) as Array<[string, number]>;
  }

  close(): void {
    this.db.close();
  }
}
