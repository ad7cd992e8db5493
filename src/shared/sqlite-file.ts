import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Opens (and creates, with its folder) a SQLite file, or `:memory:`, and applies `pragmas` in order,
 * e.g. `['journal_mode = WAL', 'busy_timeout = 5000']`. Every SQLite file of the engine opens here.
 */
export function openSqliteFile(path: string, pragmas: readonly string[]): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  for (const pragma of pragmas) db.pragma(pragma);
  return db;
}
