import type Database from 'better-sqlite3';
import { openSqliteFile } from '../../event-store/sqlite/sqlite-file';

export interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
}

/**
 * First answers to POSTs sent with an `Idempotency-Key`, per caller and key. Kept beside the read
 * models but outside them: a projection rebuild leaves it alone.
 */
export class IdempotencyStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(path: string) {
    this.db = openSqliteFile(path, ['journal_mode = WAL', 'busy_timeout = 5000']);
    this.db.exec(`CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, stored_at TEXT NOT NULL
    ) WITHOUT ROWID`);
    this.statements = {
      get: this.db.prepare('SELECT fingerprint, status, body FROM idempotency_keys WHERE scope = ?'),
      put: this.db.prepare('INSERT OR IGNORE INTO idempotency_keys (scope, fingerprint, status, body, stored_at) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  get(scope: string): StoredAnswer | undefined {
    const row = this.statements.get.get(scope) as { fingerprint: string; status: number; body: string } | undefined;
    return row && { fingerprint: row.fingerprint, status: row.status, body: JSON.parse(row.body) as unknown };
  }

  put(scope: string, answer: StoredAnswer, at: Date): void {
    this.statements.put.run(scope, answer.fingerprint, answer.status, JSON.stringify(answer.body ?? null), at.toISOString());
  }

  close(): void {
    this.db.close();
  }
}
