import type Database from 'better-sqlite3';
import { openSqliteFile } from '../event-store/sqlite/sqlite-file';

/** A document to store, or `undefined` when it was deleted; `position`: the event that wrote it last. */
export type Change = [projection: string, key: string, document: unknown, position?: string];

/**
 * A rebuild's documents (one partition's, in a parallel rebuild), in a throwaway SQLite file: rows appended to a table with
 * no key index, the row of each key kept in memory. Keys (entry ids) arrive in random order, so a
 * keyed B-tree would scatter every insert (measured: three times slower than appending); lookups by
 * key are rare (the write-back cache serves nearly all). The comparison with the live store joins by
 * the live store's key index.
 */
export class ScratchDocuments {
  private readonly db: Database.Database;
  private readonly rows = new Map<string, number>();
  private readonly statements;

  constructor(path: string) {
    this.db = openSqliteFile(path, ['journal_mode = OFF', 'synchronous = OFF', 'cache_size = -16384']);
    this.db.exec('CREATE TABLE documents (projection TEXT NOT NULL, key TEXT NOT NULL, document TEXT NOT NULL, position TEXT)');
    this.statements = {
      get: this.db.prepare('SELECT document FROM documents WHERE rowid = ?').pluck(),
      insert: this.db.prepare('INSERT INTO documents (projection, key, document, position) VALUES (?, ?, ?, ?)'),
      update: this.db.prepare('UPDATE documents SET document = ?, position = ? WHERE rowid = ?'),
      delete: this.db.prepare('DELETE FROM documents WHERE rowid = ?'),
    };
  }

  get<T>(projection: string, key: string): T | undefined {
    const row = this.rows.get(rowKey(projection, key));
    return row === undefined ? undefined : (JSON.parse(this.statements.get.get(row) as string) as T);
  }

  /** Stores changed documents (`undefined`: deleted) in one transaction. */
  write(changes: ReadonlyArray<Change>): void {
    this.db.transaction(() => changes.forEach((change) => this.writeOne(change)))();
  }

  /**
   * Joins this file's documents of a projection with another store file's by key, inside SQLite:
   * only documents whose texts differ (or that the other lacks: `theirs` null) come out, to `visit`,
   * in key order, with the position of the event that wrote it last. Returns how many this file has, and how many of those the other has too.
   */
  compareWithFile(
    otherPath: string,
    projection: string,
    visit: (key: string, mine: string, theirs: string | null, position: string | null) => void,
  ): { documents: number; matched: number } {
    this.db.prepare('ATTACH DATABASE ? AS other').run(otherPath);
    try {
      const join =
        'FROM main.documents r LEFT JOIN other.documents l ON l.projection = r.projection AND l.key = r.key WHERE r.projection = ?';
      const counts = this.db.prepare(`SELECT count(*), count(l.key), count(*) FILTER (WHERE l.document IS NOT r.document) ${join}`).raw();
      const [documents, matched, differing] = counts.get(projection) as [number, number, number];
      // Usually none differ: the second pass over the join is for the rare audit that finds something.
      if (differing > 0) {
        const rows = this.db
          .prepare(`SELECT r.key, r.document, l.document, r.position ${join} AND l.document IS NOT r.document ORDER BY r.key`)
          .raw();
        for (const [key, mine, theirs, position] of rows.iterate(projection) as IterableIterator<
          [string, string, string | null, string | null]
        >)
          visit(key, mine, theirs, position);
      }
      return { documents, matched };
    } finally {
      this.db.exec('DETACH DATABASE other');
    }
  }

  close(): void {
    this.db.close();
  }

  private writeOne([projection, key, document, position]: Change): void {
    const id = rowKey(projection, key);
    const row = this.rows.get(id);
    if (document === undefined) {
      if (row !== undefined) this.statements.delete.run(row);
      this.rows.delete(id);
    } else if (row !== undefined) this.statements.update.run(JSON.stringify(document), position ?? null, row);
    else this.rows.set(id, Number(this.statements.insert.run(projection, key, JSON.stringify(document), position ?? null).lastInsertRowid));
  }
}

/** Whether a document of the projection with this key is in a scratch file (indexes the file first: for a rare lookup pass). */
export function scratchLookup(path: string): { has(projection: string, key: string): boolean; close(): void } {
  const db = openSqliteFile(path, []);
  db.exec('CREATE INDEX IF NOT EXISTS documents_by_key ON documents (projection, key)');
  const statement = db.prepare('SELECT 1 FROM documents WHERE projection = ? AND key = ?').pluck();
  return { has: (projection, key) => statement.get(projection, key) !== undefined, close: () => db.close() };
}

const rowKey = (projection: string, key: string) => `${projection}\u0000${key}`;
