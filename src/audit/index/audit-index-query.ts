import type Database from 'better-sqlite3';
import { Position } from '../../event-store/event-store.port';
import { IndexedEvent, INDEXED_COLUMNS } from './audit-index-row';

/** A filtered page of the log, as `GET /v1/audit/events` asks for it. */
export interface AuditFilter {
  meetingId?: string;
  streamId?: string;
  /** Any of these types. */
  types?: readonly string[];
  actorRole?: string;
  actorState?: string;
  correlationId?: string;
  /** Inclusive bounds on `recordedAt`, as ISO instants (`toISOString`). */
  from?: string;
  to?: string;
  order: 'asc' | 'desc';
  /** The cursor: with `asc`, events strictly after this position; with `desc`, strictly before. */
  cursor?: Position;
  limit: number;
}

const EQUALITIES = [
  ['meetingId', 'meeting_id'],
  ['streamId', 'stream_id'],
  ['actorRole', 'actor_role'],
  ['actorState', 'actor_state'],
  ['correlationId', 'correlation_id'],
] as const;

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * One page, in `idx` order, and whether more rows match beyond it. Several types are read one range
 * each (a UNION ALL of per-type pages, each already in `idx` order and limited), so that no page sorts
 * every event of common types.
 */
export function filteredPage(
  db: Database.Database,
  filter: AuditFilter,
  cursorIdx: (position: Position, order: 'asc' | 'desc') => number,
): { rows: IndexedEvent[]; more: boolean } {
  const where: string[] = [];
  const values: unknown[] = [];
  const condition = (clause: string, value: unknown) => {
    where.push(clause);
    values.push(value);
  };
  for (const [field, column] of EQUALITIES) {
    if (filter[field] !== undefined) condition(`${column} = ?`, filter[field]);
  }
  if (filter.from !== undefined) condition('recorded_at >= ?', filter.from);
  if (filter.to !== undefined) condition('recorded_at <= ?', filter.to);
  if (filter.cursor !== undefined) {
    condition(filter.order === 'asc' ? 'idx > ?' : 'idx < ?', cursorIdx(filter.cursor, filter.order));
  }
  const direction = filter.order === 'asc' ? 'ASC' : 'DESC';
  const wanted = filter.limit + 1;
  const types = [...new Set(filter.types ?? [])];
  const one = (ofType: boolean) =>
    `SELECT ${INDEXED_COLUMNS} FROM audit_events WHERE ${[...where, ...(ofType ? ['type = ?'] : [])].join(' AND ') || '1'} ` +
    `ORDER BY idx ${direction} LIMIT ?`;
  let sql: string;
  let parameters: unknown[];
  if (types.length <= 1) {
    sql = one(types.length === 1);
    parameters = [...values, ...types, wanted];
  } else {
    sql = types.map(() => `SELECT * FROM (${one(true)})`).join(' UNION ALL ') + ` ORDER BY idx ${direction} LIMIT ?`;
    parameters = [...types.flatMap((type) => [...values, type, wanted]), wanted];
  }
  const rows = prepared(db, sql).all(...parameters) as IndexedEvent[];
  return { rows: rows.slice(0, filter.limit), more: rows.length > filter.limit };
}

function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map<string, Database.Statement>()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
