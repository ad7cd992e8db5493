import type Database from 'better-sqlite3';
import { isPosition, Position } from '../../kernel/position';
import { openSqliteFile } from '../../event-store/sqlite/sqlite-file';

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

/**
 * First answers to POSTs sent with an `Idempotency-Key`, per caller and key. Kept beside the read
 * models but outside them: a projection rebuild leaves it alone. Like them, the answers hold for one
 * log only (it records that log's identity): the engine discards them when it finds another log.
 */
export class IdempotencyStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(path: string) {
    this.db = openSqliteFile(path, ['journal_mode = WAL', 'busy_timeout = 5000']);
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, stored_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS idempotency_log (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), identity TEXT NOT NULL)`);
    this.statements = {
      get: this.db.prepare('SELECT fingerprint, status, body FROM idempotency_keys WHERE scope = ?'),
      put: this.db.prepare('INSERT OR IGNORE INTO idempotency_keys (scope, fingerprint, status, body, stored_at) VALUES (?, ?, ?, ?, ?)'),
      // Command answers carry the position of the last event they stored (a decimal string): the longest, then greatest, is the furthest.
      furthestPosition: this.db
        .prepare(
          "SELECT json_extract(body, '$.position') AS position FROM idempotency_keys WHERE json_type(body, '$.position') = 'text' " +
            'ORDER BY length(position) DESC, position DESC LIMIT 1',
        )
        .pluck(),
      logIdentity: this.db.prepare('SELECT identity FROM idempotency_log').pluck(),
      recordLogIdentity: this.db.prepare('INSERT OR REPLACE INTO idempotency_log (only_row, identity) VALUES (1, ?)'),
      clear: this.db.prepare('DELETE FROM idempotency_keys'),
    };
  }

  get(scope: string): StoredAnswer | undefined {
    const row = this.statements.get.get(scope) as { fingerprint: string; status: number; body: string } | undefined;
    return row && { fingerprint: row.fingerprint, status: row.status, body: JSON.parse(row.body) as unknown };
  }

  put(scope: string, answer: StoredAnswer, at: Date): void {
    this.statements.put.run(scope, answer.fingerprint, answer.status, JSON.stringify(answer.body ?? null), at.toISOString());
  }

  /** The identity of the log these answers were given on; undefined when none was recorded. */
  logIdentity(): string | undefined {
    return this.statements.logIdentity.get() as string | undefined;
  }

  recordLogIdentity(identity: string): void {
    this.statements.recordLogIdentity.run(identity);
  }

  /** The furthest log position an answer reports. */
  furthestPosition(): Position | undefined {
    const position = this.statements.furthestPosition.get() as string | undefined;
    return position !== undefined && isPosition(position) ? position : undefined;
  }

  /** Forgets every answer, and records the log the next ones will be given on. */
  discardFor(identity: string): void {
    this.db.transaction(() => {
      this.statements.clear.run();
      this.statements.recordLogIdentity.run(identity);
    })();
  }

  close(): void {
    this.db.close();
  }
}
