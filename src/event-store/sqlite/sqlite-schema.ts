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
      UNIQUE (stream_id, revision)
    );
  `);
}
