import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';

/**
 * The log's identity, made with the file and never changed: a random UUID in a one-row table. When
 * several processes open a new file at once, the first insert wins and all read the same row.
 * A file made before the table existed gets an identity at its first open.
 */
export function logIdentityOf(db: Database): string {
  db.exec('CREATE TABLE IF NOT EXISTS log_identity (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), identity TEXT NOT NULL)');
  db.prepare('INSERT OR IGNORE INTO log_identity (only_row, identity) VALUES (1, ?)').run(randomUUID());
  return db.prepare('SELECT identity FROM log_identity').pluck().get() as string;
}
