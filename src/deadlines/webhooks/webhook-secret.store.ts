import type Database from 'better-sqlite3';
import { chmodSync } from 'node:fs';
import { openSqliteFile } from '../../event-store/sqlite/sqlite-file';

/**
 * The Member States' signing secrets, outside the hash-chained log (which the audit exports) and outside
 * projections.db (which may be deleted and rebuilt). A secret is kept under its fingerprint before the log
 * names it (`WebhookSecretRotated`), so the log decides which one is current and a secret kept for a command
 * that then failed is never used. Only this process's user may read the file.
 */
export class WebhookSecretStore {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(path: string) {
    // A forgotten secret is overwritten in the file, and no write-ahead log keeps an older copy of its page.
    this.db = openSqliteFile(path, ['journal_mode = DELETE', 'secure_delete = ON', 'busy_timeout = 5000', 'synchronous = FULL']);
    if (path !== ':memory:') chmodSync(path, 0o600);
    this.db.exec(`CREATE TABLE IF NOT EXISTS webhook_secrets (
      fingerprint TEXT PRIMARY KEY, state TEXT NOT NULL, secret TEXT NOT NULL, kept_at TEXT NOT NULL
    ) WITHOUT ROWID`);
    this.statements = {
      keep: this.db.prepare('INSERT INTO webhook_secrets (fingerprint, state, secret, kept_at) VALUES (?, ?, ?, ?)'),
      secret: this.db.prepare('SELECT secret FROM webhook_secrets WHERE state = ? AND fingerprint = ?').pluck(),
      forget: this.db.prepare('DELETE FROM webhook_secrets WHERE fingerprint = ?'),
    };
  }

  keep(state: string, fingerprint: string, secret: string, at: Date): void {
    this.statements.keep.run(fingerprint, state, secret, at.toISOString());
  }

  /** The State's secret with this fingerprint, if it is kept here. */
  secret(state: string, fingerprint: string): string | undefined {
    return this.statements.secret.get(state, fingerprint) as string | undefined;
  }

  forget(fingerprint: string): void {
    this.statements.forget.run(fingerprint);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
