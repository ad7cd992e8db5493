import type { Database } from 'better-sqlite3';

export type SqliteSync = 'full' | 'normal';

/** WAL keeps readers off the writer's back; `full` fsyncs the WAL on every commit. */
export function connectionPragmas(sync: SqliteSync, busyTimeoutMs: number): string[] {
  return ['journal_mode = WAL', `synchronous = ${sync.toUpperCase()}`, `busy_timeout = ${busyTimeoutMs}`];
}

export function migrate(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position    INTEGER PRIMARY KEY AUTOINCREMENT,
      event_id    TEXT    NOT NULL UNIQUE,
      stream_id   TEXT    NOT NULL,
      revision    INTEGER NOT NULL,
      type        TEXT    NOT NULL,
      data        TEXT    NOT NULL,
      metadata    TEXT    NOT NULL,
      recorded_at TEXT    NOT NULL,
      occurred_at    TEXT,
      schema_version INTEGER,
      UNIQUE (stream_id, revision)
    );
  `);
  addMissingColumns(db);
}

/**
 * `occurred_at` and `schema_version` copy `metadata.occurredAt` and `metadata.schemaVersion`, so that
 * a parallel rebuild reads them without parsing every metadata text (see SqliteLogReader). Files made
 * before they existed get them, empty (NULL) for the rows already there; verification checks that
 * every copy agrees with its metadata.
 */
function addMissingColumns(db: Database): void {
  const columns = new Set((db.prepare('PRAGMA table_info(events)').all() as Array<{ name: string }>).map((column) => column.name));
  for (const [name, type] of [
    ['occurred_at', 'TEXT'],
    ['schema_version', 'INTEGER'],
  ]) {
    if (columns.has(name)) continue;
    try {
      db.exec(`ALTER TABLE events ADD COLUMN ${name} ${type}`);
    } catch (error) {
      // Another process opening the same file added it first.
      if (!String(error).includes('duplicate column name')) throw error;
    }
  }
}

/** The values of the two copied columns for an event's metadata (NULL when it has none of that type). */
export function copiedColumns(metadata: {
  occurredAt?: unknown;
  schemaVersion?: unknown;
}): [occurredAt: string | null, schemaVersion: number | null] {
  return [
    typeof metadata.occurredAt === 'string' ? metadata.occurredAt : null,
    Number.isSafeInteger(metadata.schemaVersion) ? (metadata.schemaVersion as number) : null,
  ];
}
