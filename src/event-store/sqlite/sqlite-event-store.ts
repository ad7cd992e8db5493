import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { ConcurrencyError } from '../concurrency.error';
import {
  AppendOptions,
  AppendResult,
  EventHandler,
  EventStore,
  ExpectedRevision,
  NewEvent,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { IdempotencyKeys } from '../idempotency/idempotency-keys';
import { SqliteIdempotencyKeys } from './sqlite-idempotency-keys';
import { PollingSubscription } from '../polling-subscription';
import { toPosition } from '../../kernel/position';
import { inAskedOrder } from '../positions-read';
import { EVENT_COLUMNS, EventRow, rowToEvent } from './sqlite-rows';
import { openSqliteFile } from './sqlite-file';
import { logIdentityOf } from './sqlite-log-identity';
import { connectionPragmas, copiedColumns, migrate, SqliteSync } from './sqlite-schema';

export interface SqliteEventStoreOptions {
  /** A file path, or `:memory:` for a private in-process store. */
  path: string;
  /** `full` (default): an acknowledged append is fsynced. `normal`: it may be lost on power loss. */
  sync?: SqliteSync;
  busyTimeoutMs?: number;
  /** How often a subscription looks for events appended by other processes. */
  pollIntervalMs?: number;
  now?: () => Date;
}

interface PendingAppend {
  streamId: string;
  events: NewEvent[];
  expected: ExpectedRevision;
  options: AppendOptions;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

const NO_STREAM = -1;
const READ_ALL_DEFAULT = 1000;

/**
 * The embedded event store. Appends that arrive in the same turn of the event loop share one
 * transaction and one fsync (group commit); each keeps its own revision check in a savepoint.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly appended = new EventEmitter();
  private readonly now: () => Date;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private readonly subscriptions = new Set<Subscription>();
  private readonly statements;
  private readonly commitGroup;
  private readonly logIdentity: string;
  private readonly keys: SqliteIdempotencyKeys;

  constructor(private readonly options: SqliteEventStoreOptions) {
    this.db = openSqliteFile(options.path, connectionPragmas(options.sync ?? 'full', options.busyTimeoutMs ?? 5000));
    migrate(this.db);
    this.logIdentity = logIdentityOf(this.db);
    this.keys = new SqliteIdempotencyKeys(this.db);
    this.now = options.now ?? (() => new Date());
    this.appended.setMaxListeners(0);
    this.statements = this.prepareStatements();
    const appendOne = this.db.transaction((request: PendingAppend) => this.write(request));
    this.commitGroup = this.db.transaction((group: PendingAppend[]) => group.map((request) => this.attempt(appendOne, request)));
  }

  append(streamId: string, events: NewEvent[], expected: ExpectedRevision, options: AppendOptions = {}): Promise<AppendResult> {
    if (events.length === 0) return Promise.reject(new RangeError('An append needs at least one event'));
    return new Promise((resolve, reject) => {
      this.pending.push({ streamId, events, expected, options, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    return settled(() => {
      const backwards = options.direction === 'backwards';
      const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
      const limit = options.maxCount ?? -1;
      const statement = backwards ? this.statements.readStreamBackwards : this.statements.readStreamForwards;
      return (statement.all(streamId, from, limit) as EventRow[]).map(rowToEvent);
    });
  }

  readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return settled(() => this.readAllSync(options.fromPosition, options.maxCount ?? READ_ALL_DEFAULT));
  }

  /** One query: the positions go in as a JSON array of decimal strings (exact beyond 2^53). */
  readPositions(positions: readonly Position[]): Promise<StoredEvent[]> {
    return settled(() => {
      if (positions.length === 0) return [];
      const rows = this.statements.readPositions.all(JSON.stringify(positions)) as EventRow[];
      return inAskedOrder(positions, rows.map(rowToEvent));
    });
  }

  subscribe(fromPosition: Position | undefined, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    const source = {
      read: (after: Position | undefined, max: number) => this.readAllSync(after, max),
      waitForAppend: (ms: number) => this.waitForAppend(ms),
    };
    const settings = { batchSize: 500, pollIntervalMs: this.options.pollIntervalMs ?? 200 };
    const subscription = new PollingSubscription(source, fromPosition, handler, options, settings);
    this.subscriptions.add(subscription);
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  identity(): Promise<string> {
    return Promise.resolve(this.logIdentity);
  }

  lastPosition(): Promise<Position | undefined> {
    return settled(() => {
      const last = this.statements.lastPosition.get() as number | bigint | null;
      return last === null ? undefined : toPosition(last);
    });
  }

  /** Keys live in this file, outside the hash-chained `events` table, written in the append's transaction. */
  idempotencyKeys(): IdempotencyKeys {
    return this.keys;
  }

  ping(): Promise<void> {
    return settled(() => void this.statements.ping.get());
  }

  async close(): Promise<void> {
    if (this.pending.length > 0) this.flush();
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    this.db.close();
  }

  private flush(): void {
    this.flushScheduled = false;
    const group = this.pending;
    this.pending = [];
    let outcomes: Array<AppendResult | Error>;
    try {
      outcomes = this.commitGroup.immediate(group);
    } catch (error) {
      group.forEach((request) => request.reject(error));
      return;
    }
    group.forEach((request, i) => {
      const outcome = outcomes[i];
      if (outcome instanceof Error) request.reject(outcome);
      else request.resolve(outcome);
    });
    this.appended.emit('appended');
  }

  private attempt(appendOne: (request: PendingAppend) => AppendResult, request: PendingAppend): AppendResult | Error {
    try {
      return appendOne(request);
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  private write({ streamId, events, expected, options }: PendingAppend): AppendResult {
    const current = this.currentRevision(streamId);
    checkExpectation(streamId, expected, current);
    const recordedAt = this.now().toISOString();
    let position = 0n;
    events.forEach((event, i) => {
      const info = this.statements.insert.run(
        event.eventId ?? randomUUID(),
        streamId,
        current + 1 + i,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        recordedAt,
        ...copiedColumns(event.metadata),
      );
      position = BigInt(info.lastInsertRowid);
    });
    if (options.idempotency) this.keys.writeWithAppend(options.idempotency, position.toString(), new Date(recordedAt));
    return { nextExpectedRevision: current + events.length, position: toPosition(position) };
  }

  private currentRevision(streamId: string): number {
    const row = this.statements.streamRevision.get(streamId) as [number] | undefined;
    return row ? row[0] : NO_STREAM;
  }

  private readAllSync(after: Position | undefined, maxCount: number): StoredEvent[] {
    const rows = this.statements.readAll.all(BigInt(after ?? 0), maxCount) as EventRow[];
    return rows.map(rowToEvent);
  }

  private waitForAppend(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.appended.off('appended', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.appended.on('appended', done);
    });
  }

  private prepareStatements() {
    const select = `SELECT ${EVENT_COLUMNS} FROM events`;
    return {
      insert: this.db.prepare(
        'INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at, occurred_at, schema_version) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      streamRevision: this.db.prepare('SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').raw(),
      readStreamForwards: this.db.prepare(`${select} WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`).raw(),
      readStreamBackwards: this.db.prepare(`${select} WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`).raw(),
      readAll: this.db.prepare(`${select} WHERE position > ? ORDER BY position ASC LIMIT ?`).raw(),
      readPositions: this.db.prepare(`${select} WHERE position IN (SELECT CAST(value AS INTEGER) FROM json_each(?))`).raw(),
      lastPosition: this.db.prepare('SELECT max(position) FROM events').pluck(),
      ping: this.db.prepare('SELECT 1'),
    };
  }
}

function checkExpectation(streamId: string, expected: ExpectedRevision, current: number): void {
  if (expected === 'any') return;
  const wanted = expected === 'no-stream' ? NO_STREAM : expected;
  if (wanted !== current) throw new ConcurrencyError(streamId, expected, current === NO_STREAM ? 'no-stream' : current);
}

/** The port's reads are promises: `read`'s result resolves one and its exception rejects it, as an `async` method would. */
function settled<T>(read: () => T): Promise<T> {
  return new Promise((resolve) => resolve(read()));
}
