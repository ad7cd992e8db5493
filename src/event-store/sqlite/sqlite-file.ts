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
  for (const pragma of pragmas) applyPragma(db, pragma);
  return db;
}

const PRAGMA_ATTEMPTS = 100;
const PRAGMA_PAUSE_MS = 20;

/**
 * Two processes that open a new file at once both switch it to WAL: each holds a shared lock and wants the
 * exclusive one, and SQLite answers one of them SQLITE_BUSY at once, without its busy timeout (waiting could
 * not end that deadlock). The loser tries again, briefly, once the winner has switched the file.
 */
function applyPragma(db: Database.Database, pragma: string): void {
  for (let attempt = 1; ; attempt += 1) {
    try {
      db.pragma(pragma);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= PRAGMA_ATTEMPTS) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PRAGMA_PAUSE_MS);
    }
  }
}
