import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Opens (and creates, with its folder) a SQLite file, or `:memory:`, and applies `pragmas` in order,
 * e.g. `['journal_mode = WAL', 'busy_timeout = 5000']`. Every SQLite file of the engine opens here.
 * `readOnly`: an existing file, opened only to read (an audit's other connection to a live file).
 */
export function openSqliteFile(path: string, pragmas: readonly string[], options: { readOnly?: boolean } = {}): Database.Database {
  if (options.readOnly) return applyPragmas(new Database(path, { readonly: true, fileMustExist: true }), pragmas);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return applyPragmas(new Database(path), pragmas);
}

function applyPragmas(db: Database.Database, pragmas: readonly string[]): Database.Database {
  for (const pragma of pragmas) db.pragma(pragma);
  return db;
}
