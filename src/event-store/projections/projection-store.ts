import type Database from 'better-sqlite3';
import { openSqliteFile } from '../sqlite/sqlite-file';
import { Position } from '../event-store.port';
import { comparePositions } from '../../kernel/position';
import { DocumentWriter } from '../../kernel/projection';

export interface Checkpoint {
  position: Position | undefined;
  version: number;
}

const DELETED = Symbol('deleted');
type Pending = Map<string, unknown>;

/**
 * Documents and checkpoints of every projection in one SQLite file. A batch of documents is written
 * in the same transaction as the checkpoints it leads to, so a re-delivered event is never applied twice.
 */
export class ProjectionStore {
  private readonly db: Database.Database;
  private readonly statements;

  /** `path`: a file (other connections, such as an audit's, can open it too), or `:memory:`. */
  constructor(readonly path: string) {
    this.db = openSqliteFile(path, ['journal_mode = WAL', 'synchronous = NORMAL', 'busy_timeout = 5000']);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS checkpoints (projection TEXT PRIMARY KEY, position TEXT, version INTEGER NOT NULL);
      CREATE TABLE IF NOT EXISTS documents (
        projection TEXT NOT NULL, key TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY (projection, key)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS built_from_log (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), identity TEXT NOT NULL);
    `);
    this.statements = {
      checkpoint: this.db.prepare('SELECT position, version FROM checkpoints WHERE projection = ?'),
      saveCheckpoint: this.db.prepare(
        'INSERT INTO checkpoints (projection, position, version) VALUES (?, ?, ?) ' +
          'ON CONFLICT (projection) DO UPDATE SET position = excluded.position, version = excluded.version',
      ),
      get: this.db.prepare('SELECT document FROM documents WHERE projection = ? AND key = ?').pluck(),
      list: this.db.prepare('SELECT document FROM documents WHERE projection = ? AND key >= ? AND key < ? ORDER BY key').pluck(),
      put: this.db.prepare(
        'INSERT INTO documents (projection, key, document) VALUES (?, ?, ?) ' +
          'ON CONFLICT (projection, key) DO UPDATE SET document = excluded.document',
      ),
      delete: this.db.prepare('DELETE FROM documents WHERE projection = ? AND key = ?'),
      clear: this.db.prepare('DELETE FROM documents WHERE projection = ?'),
      clearCheckpoint: this.db.prepare('DELETE FROM checkpoints WHERE projection = ?'),
      count: this.db.prepare('SELECT count(*) FROM documents WHERE projection = ?').pluck(),
      positions: this.db.prepare('SELECT position FROM checkpoints WHERE position IS NOT NULL').pluck(),
      logIdentity: this.db.prepare('SELECT identity FROM built_from_log').pluck(),
      recordLogIdentity: this.db.prepare('INSERT OR REPLACE INTO built_from_log (only_row, identity) VALUES (1, ?)'),
      clearAllDocuments: this.db.prepare('DELETE FROM documents'),
      clearAllCheckpoints: this.db.prepare('DELETE FROM checkpoints'),
    };
  }

  checkpoint(projection: string): Checkpoint {
    const row = this.statements.checkpoint.get(projection) as { position: string | null; version: number } | undefined;
    return { position: (row?.position ?? undefined) as Position | undefined, version: row?.version ?? 0 };
  }

  documentCount(projection: string): number {
    return this.statements.count.get(projection) as number;
  }

  get<T>(projection: string, key: string): T | undefined {
    const text = this.statements.get.get(projection, key) as string | undefined;
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  /** Every document whose key starts with `prefix`, in key order. */
  list<T>(projection: string, prefix: string): T[] {
    const rows = this.statements.list.all(projection, prefix, `${prefix}\uffff`) as string[];
    return rows.map((text) => JSON.parse(text) as T);
  }

  /** Opens a write-back batch: reads see its own writes; nothing is stored until `commit`. */
  batch(): ProjectionBatch {
    return new ProjectionBatch(this);
  }

  commit(changes: Map<string, Pending>, checkpoints: Map<string, Checkpoint>): void {
    this.db.transaction(() => {
      for (const [projection, documents] of changes) {
        for (const [key, document] of documents) {
          if (document === DELETED) this.statements.delete.run(projection, key);
          else this.statements.put.run(projection, key, JSON.stringify(document));
        }
      }
      for (const [projection, { position, version }] of checkpoints) {
        this.statements.saveCheckpoint.run(projection, position ?? null, version);
      }
    })();
  }

  reset(projection: string): void {
    this.db.transaction(() => {
      this.statements.clear.run(projection);
      this.statements.clearCheckpoint.run(projection);
    })();
  }

  /** The identity of the log these read models were built from; undefined when none was recorded. */
  logIdentity(): string | undefined {
    return this.statements.logIdentity.get() as string | undefined;
  }

  recordLogIdentity(identity: string): void {
    this.statements.recordLogIdentity.run(identity);
  }

  /** The furthest checkpoint of any projection, registered or not. */
  furthestPosition(): Position | undefined {
    const positions = this.statements.positions.all() as Position[];
    return positions.sort(comparePositions).pop();
  }

  /** Drops every projection's documents and checkpoint, and records the log they will be rebuilt from. */
  discardFor(identity: string): void {
    this.db.transaction(() => {
      this.statements.clearAllDocuments.run();
      this.statements.clearAllCheckpoints.run();
      this.statements.recordLogIdentity.run(identity);
    })();
  }

  /** Every document of a projection as its stored JSON text, in key order (SQLite's binary order), read lazily. */
  documentTexts(projection: string): IterableIterator<[key: string, document: string]> {
    const statement = this.db.prepare('SELECT key, document FROM documents WHERE projection = ? ORDER BY key').raw();
    return statement.iterate(projection) as IterableIterator<[string, string]>;
  }

  /** The projections that have a checkpoint in this store. */
  projectionNames(): string[] {
    return this.db.prepare('SELECT projection FROM checkpoints ORDER BY projection').pluck().all() as string[];
  }

  close(): void {
    this.db.close();
  }
}

export class ProjectionBatch {
  private readonly changes = new Map<string, Pending>();
  private readonly checkpoints = new Map<string, Checkpoint>();
  size = 0;

  constructor(private readonly store: ProjectionStore) {}

  writer(projection: string): DocumentWriter {
    const pending = this.pendingOf(projection);
    return {
      get: <T>(key: string) => {
        if (!pending.has(key)) return this.store.get<T>(projection, key);
        const value = pending.get(key);
        return value === DELETED ? undefined : (value as T);
      },
      put: (key, document) => void pending.set(key, document),
      delete: (key) => void pending.set(key, DELETED),
    };
  }

  advance(projection: string, checkpoint: Checkpoint): void {
    this.checkpoints.set(projection, checkpoint);
  }

  commit(): void {
    this.store.commit(this.changes, this.checkpoints);
  }

  private pendingOf(projection: string): Pending {
    let pending = this.changes.get(projection);
    if (!pending) this.changes.set(projection, (pending = new Map<string, unknown>()));
    return pending;
  }
}
