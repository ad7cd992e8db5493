import type Database from 'better-sqlite3';
import { Position } from '../../event-store/event-store.port';
import { LogDerived } from '../../event-store/projections/projection-binding';
import { openSqliteFile } from '../../event-store/sqlite/sqlite-file';
import { AuditIndexRow, IndexedEvent, INDEXED_COLUMNS, positionKey } from './audit-index-row';
import { AuditFilter, filteredPage } from './audit-index-query';

/**
 * The audit index: one row per event of the log, in log order (`idx`, 0 for the first event, no gap),
 * with the columns the audit's filters name, each indexed with `idx` so that a filtered page, in either
 * order and from any cursor, is an index range. A read model of the log, not a document projection: it
 * answers which positions a page holds; the events themselves are read from the store.
 */
export class AuditIndexStore implements LogDerived {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly insertMany: (rows: readonly AuditIndexRow[]) => void;
  private nextIdx: number;
  private last: Position | undefined;

  /** `path`: a file beside the projections, or `:memory:`. */
  constructor(readonly path: string) {
    this.db = openSqliteFile(path, ['journal_mode = WAL', 'synchronous = NORMAL', 'busy_timeout = 5000']);
    this.db.exec(SCHEMA);
    this.statements = {
      insert: this.db.prepare(
        'INSERT OR IGNORE INTO audit_events (idx, position, position_key, event_id, stream_id, revision, meeting_id, type, ' +
          'actor_role, actor_state, correlation_id, causation_id, command, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      last: this.db.prepare('SELECT idx, position FROM audit_events ORDER BY idx DESC LIMIT 1'),
      atPosition: this.db.prepare(`SELECT ${INDEXED_COLUMNS} FROM audit_events WHERE position_key = ?`),
      // idx grows with position_key: the nearest key's row is the bound, one index probe (not a min over a range).
      idxBefore: this.db.prepare('SELECT idx FROM audit_events WHERE position_key < ? ORDER BY position_key DESC LIMIT 1').pluck(),
      idxAtOrAfter: this.db.prepare('SELECT idx FROM audit_events WHERE position_key >= ? ORDER BY position_key LIMIT 1').pluck(),
      byEventId: this.db.prepare(`SELECT ${INDEXED_COLUMNS} FROM audit_events WHERE event_id = ?`),
      byCausation: this.db.prepare(`SELECT ${INDEXED_COLUMNS} FROM audit_events WHERE causation_id = ? ORDER BY idx LIMIT ?`),
      logIdentity: this.db.prepare('SELECT identity FROM built_from_log').pluck(),
      recordLogIdentity: this.db.prepare('INSERT OR REPLACE INTO built_from_log (only_row, identity) VALUES (1, ?)'),
      clear: this.db.prepare('DELETE FROM audit_events'),
    };
    this.insertMany = this.db.transaction((rows: readonly AuditIndexRow[]) => rows.forEach((row) => this.insertOne(row)));
    [this.nextIdx, this.last] = this.readEnd();
  }

  /** The position of the last event indexed; undefined while none is. */
  get lastPosition(): Position | undefined {
    return this.last;
  }

  /** How many events the index holds (the next event's `idx`). */
  get size(): number {
    return this.nextIdx;
  }

  /** Appends rows in log order, in one transaction; rows at or before the last indexed position are skipped. */
  append(rows: readonly AuditIndexRow[]): void {
    if (rows.length > 0) this.insertMany(rows);
  }

  page(filter: AuditFilter): { rows: IndexedEvent[]; more: boolean } {
    return filteredPage(this.db, filter, (position) => this.cursorIdx(position, filter.order));
  }

  at(position: Position): IndexedEvent | undefined {
    return this.statements.atPosition.get(positionKey(position)) as IndexedEvent | undefined;
  }

  byEventId(eventId: string): IndexedEvent | undefined {
    return this.statements.byEventId.get(eventId) as IndexedEvent | undefined;
  }

  /** The events whose causationId is `causationId`, in log order, at most `limit`. */
  causedBy(causationId: string, limit: number): IndexedEvent[] {
    return this.statements.byCausation.all(causationId, limit) as IndexedEvent[];
  }

  logIdentity(): string | undefined {
    return this.statements.logIdentity.get() as string | undefined;
  }

  recordLogIdentity(identity: string): void {
    this.statements.recordLogIdentity.run(identity);
  }

  furthestPosition(): Position | undefined {
    return this.last;
  }

  discardFor(identity: string): void {
    this.db.transaction(() => {
      this.statements.clear.run();
      this.statements.recordLogIdentity.run(identity);
    })();
    [this.nextIdx, this.last] = [0, undefined];
  }

  close(): void {
    this.db.close();
  }

  /**
   * The `idx` bound a cursor position gives: with `after` (ascending), the last event at or before it;
   * with `before` (descending), the first at or after it. A position between two events works too.
   */
  private cursorIdx(position: Position, order: 'asc' | 'desc'): number {
    const key = positionKey(position);
    if (order === 'asc') return (this.statements.idxBefore.get(`${key}\u0000`) as number | undefined) ?? -1;
    return (this.statements.idxAtOrAfter.get(key) as number | undefined) ?? this.nextIdx;
  }

  private insertOne(row: AuditIndexRow): void {
    const key = positionKey(row.position);
    if (this.last !== undefined && key <= positionKey(this.last)) return;
    this.statements.insert.run(
      this.nextIdx,
      row.position,
      key,
      row.eventId,
      row.streamId,
      row.revision,
      row.meetingId,
      row.type,
      row.actorRole,
      row.actorState,
      row.correlationId,
      row.causationId,
      row.command,
      row.recordedAt,
    );
    this.nextIdx += 1;
    this.last = row.position;
  }

  private readEnd(): [number, Position | undefined] {
    const row = this.statements.last.get() as { idx: number; position: Position } | undefined;
    return row ? [row.idx + 1, row.position] : [0, undefined];
  }
}

// Every filter column has an index ending in idx: a filtered page in either order is one range scan.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS audit_events (
    idx INTEGER PRIMARY KEY,
    position TEXT NOT NULL,
    position_key TEXT NOT NULL UNIQUE,
    event_id TEXT NOT NULL,
    stream_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    meeting_id TEXT,
    type TEXT NOT NULL,
    actor_role TEXT,
    actor_state TEXT,
    correlation_id TEXT,
    causation_id TEXT,
    command TEXT,
    recorded_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS audit_events_event_id ON audit_events (event_id);
  CREATE INDEX IF NOT EXISTS audit_events_meeting ON audit_events (meeting_id, idx);
  CREATE INDEX IF NOT EXISTS audit_events_meeting_type ON audit_events (meeting_id, type, idx);
  CREATE INDEX IF NOT EXISTS audit_events_stream ON audit_events (stream_id, idx);
  CREATE INDEX IF NOT EXISTS audit_events_type ON audit_events (type, idx);
  CREATE INDEX IF NOT EXISTS audit_events_actor_role ON audit_events (actor_role, idx);
  CREATE INDEX IF NOT EXISTS audit_events_actor_state ON audit_events (actor_state, idx);
  CREATE INDEX IF NOT EXISTS audit_events_correlation ON audit_events (correlation_id, idx);
  CREATE INDEX IF NOT EXISTS audit_events_causation ON audit_events (causation_id, idx);
  CREATE INDEX IF NOT EXISTS audit_events_recorded_at ON audit_events (recorded_at, idx);
  CREATE TABLE IF NOT EXISTS built_from_log (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), identity TEXT NOT NULL);
`;
