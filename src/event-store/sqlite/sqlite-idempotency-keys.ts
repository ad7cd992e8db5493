import type Database from 'better-sqlite3';
import { toPosition } from '../../kernel/position';
import { IdempotencyKeys, IdempotencyKeyTaken, KeyRecord, KeyWrite } from '../idempotency/idempotency-keys';

interface KeyRow {
  fingerprint: string;
  recorded_at: number;
  stream_id: string | null;
  position: string | null;
  first_revision: number | null;
  last_revision: number | null;
  answer: string | null;
}

/**
 * Idempotency keys in a table of a SQLite file: the events file itself on the embedded store, so that
 * a key is written in the transaction of its command's events (see SqliteEventStore). The table is
 * not part of the hash chain, which covers the `events` table only.
 */
export class SqliteIdempotencyKeys implements IdempotencyKeys {
  private readonly statements;

  constructor(protected readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS idempotency_records (
      scope TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, recorded_at INTEGER NOT NULL,
      stream_id TEXT, position TEXT, first_revision INTEGER, last_revision INTEGER, answer TEXT
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS idempotency_records_by_age ON idempotency_records (recorded_at)`);
    this.statements = {
      find: db.prepare('SELECT * FROM idempotency_records WHERE scope = ?'),
      write: db.prepare(
        'INSERT INTO idempotency_records (scope, fingerprint, recorded_at, stream_id, position, first_revision, last_revision) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      answer: db.prepare(
        'INSERT INTO idempotency_records (scope, fingerprint, recorded_at, answer) VALUES (?, ?, ?, ?) ' +
          'ON CONFLICT (scope) DO UPDATE SET answer = excluded.answer WHERE answer IS NULL AND fingerprint = excluded.fingerprint',
      ),
      forget: db.prepare('DELETE FROM idempotency_records WHERE recorded_at < ?'),
    };
  }

  /** Called inside the append's transaction: a key already recorded fails the append. */
  writeWithAppend(writes: readonly KeyWrite[], position: string, at: Date): void {
    for (const write of writes) {
      try {
        this.statements.write.run(
          write.scope,
          write.fingerprint,
          at.getTime(),
          write.streamId,
          position,
          write.firstRevision,
          write.lastRevision,
        );
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new IdempotencyKeyTaken(write.scope);
        throw error;
      }
    }
  }

  find(scope: string): Promise<KeyRecord | undefined> {
    const row = this.statements.find.get(scope) as KeyRow | undefined;
    return Promise.resolve(row && toRecord(row));
  }

  recordAnswer(scope: string, fingerprint: string, body: unknown, at: Date): Promise<void> {
    this.statements.answer.run(scope, fingerprint, at.getTime(), JSON.stringify(body ?? null));
    return Promise.resolve();
  }

  forgetRecordedBefore(cutoff: Date): Promise<number> {
    return Promise.resolve(this.statements.forget.run(cutoff.getTime()).changes);
  }
}

function toRecord(row: KeyRow): KeyRecord {
  const record: KeyRecord = { fingerprint: row.fingerprint, recordedAt: new Date(row.recorded_at) };
  if (row.stream_id !== null && row.position !== null) {
    record.result = {
      streamId: row.stream_id,
      position: toPosition(row.position),
      firstRevision: row.first_revision ?? 0,
      lastRevision: row.last_revision ?? 0,
    };
  }
  if (row.answer !== null) record.answer = { body: JSON.parse(row.answer) as unknown };
  return record;
}
