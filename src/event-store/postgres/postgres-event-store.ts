import { Pool } from 'pg';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { comparePositions, toPosition } from '../../kernel/position';
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
import { KeyWrite } from '../idempotency/idempotency-keys';
import { PollingSubscription } from '../polling-subscription';
import { InvalidPositionError } from '../store-errors';
import { AppendListener } from './append-listener';
import { AppendNotifier } from './append-notifier';
import { mapAppendError, mapUnavailable } from './postgres-errors';
import { PostgresIdempotencyKeys } from './postgres-idempotency-keys';
import { postgresLogIdentity } from './postgres-log-identity';
import { EVENT_COLUMNS, EventRow, rowToEvent } from './postgres-rows';
import { inAskedOrder } from '../positions-read';
import { migrate } from './postgres-schema';

export interface PostgresEventStoreOptions {
  /** `postgres://user:password@host:5432/database` */
  connectionString: string;
  /** Connections of this process (appends, reads, subscriptions' pages). */
  poolSize?: number;
  /** How often a subscription reads when no notification woke it (a lost LISTEN connection, say). */
  pollIntervalMs?: number;
  now?: () => Date;
}

const READ_ALL_DEFAULT = 1000;
const LARGEST_POSITION = '9223372036854775807' as Position;
const SELECT = `SELECT ${EVENT_COLUMNS} FROM events`;
const QUERIES = {
  append: 'SELECT last_position::text, last_revision FROM append_events($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)',
  readAll: `${SELECT} WHERE position > $1 ORDER BY position LIMIT $2`,
  readPositions: `${SELECT} WHERE position = ANY($1::bigint[])`,
  forwards: `${SELECT} WHERE stream_id = $1 AND revision >= $2 ORDER BY revision LIMIT $3`,
  backwards: `${SELECT} WHERE stream_id = $1 AND revision <= $2 ORDER BY revision DESC LIMIT $3`,
};

/**
 * The event store on PostgreSQL. Each append is one call of the `append_events` function (one round
 * trip, one transaction): revision check on the stream's locked row, idempotency keys, positions in
 * commit order (see postgres-schema.ts) and events. Once it has committed, this process's subscriptions
 * are woken at once and other processes' by a NOTIFY sent outside the append (see AppendNotifier).
 */
export class PostgresEventStore implements EventStore {
  private readonly pool: Pool;
  private readonly now: () => Date;
  private readonly keys: PostgresIdempotencyKeys;
  private readonly listener: AppendListener;
  private readonly notifier: AppendNotifier;
  private readonly appended = new EventEmitter();
  /** Counts wake-ups (appends here, notifications from elsewhere), so that a subscription misses none. */
  private wakeUps = 0;
  private readonly subscriptions = new Set<Subscription>();
  private schema?: Promise<string>;

  constructor(private readonly options: PostgresEventStoreOptions) {
    this.pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10, application_name: 'nihil-obstat' });
    // An idle connection that breaks is dropped by the pool; the next query opens another.
    this.pool.on('error', () => undefined);
    this.now = options.now ?? (() => new Date());
    this.keys = new PostgresIdempotencyKeys(this.pool, () => this.ready());
    this.appended.setMaxListeners(0);
    this.listener = new AppendListener(options.connectionString, () => this.wakeUp());
    this.notifier = new AppendNotifier(options.connectionString);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision, options: AppendOptions = {}): Promise<AppendResult> {
    if (events.length === 0) throw new RangeError('An append needs at least one event');
    await this.ready();
    const values = [streamId, expected === 'no-stream' ? -1 : expected === 'any' ? 0 : expected, expected === 'any'];
    const parameters = [...values, ...eventColumns(events), this.now().toISOString(), ...keyColumns(options.idempotency ?? [])];
    try {
      const { rows } = await this.pool.query<[string, string]>({
        name: 'nihil-append',
        text: QUERIES.append,
        values: parameters,
        rowMode: 'array',
      });
      this.wakeUp();
      this.notifier.notify();
      return { position: toPosition(rows[0][0]), nextExpectedRevision: Number(rows[0][1]) };
    } catch (error) {
      throw mapAppendError(error, streamId, expected);
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
    const text = backwards ? QUERIES.backwards : QUERIES.forwards;
    const name = backwards ? 'nihil-read-backwards' : 'nihil-read-forwards';
    return this.select(name, text, [streamId, from, options.maxCount ?? null]);
  }

  readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    return this.readPage(options.fromPosition, options.maxCount ?? READ_ALL_DEFAULT);
  }

  /** One query over the primary key. */
  async readPositions(positions: readonly Position[]): Promise<StoredEvent[]> {
    if (positions.length === 0) return [];
    const largest = positions.find((position) => comparePositions(position, LARGEST_POSITION) > 0);
    if (largest !== undefined) throw new InvalidPositionError(largest);
    return inAskedOrder(positions, await this.select('nihil-read-positions', QUERIES.readPositions, [positions]));
  }

  subscribe(fromPosition: Position | undefined, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    this.listener.start();
    // A wake-up that comes while the subscription reads may be for an event its read did not see.
    let wakeUpsBeforeRead = this.wakeUps;
    const source = {
      read: (after: Position | undefined, max: number) => {
        wakeUpsBeforeRead = this.wakeUps;
        return this.readPage(after, max);
      },
      waitForAppend: (ms: number) => (this.wakeUps !== wakeUpsBeforeRead ? Promise.resolve() : this.waitForAppend(ms)),
    };
    const settings = { batchSize: 500, pollIntervalMs: this.options.pollIntervalMs ?? 1000 };
    const subscription = new PollingSubscription(source, fromPosition, handler, options, settings);
    this.subscriptions.add(subscription);
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        const stopped = subscription.stop();
        // Wakes it from its wait for the next append, instead of letting it sleep out its poll interval.
        this.wakeUp();
        await stopped;
      },
    };
  }

  identity(): Promise<string> {
    return this.ready();
  }

  async lastPosition(): Promise<Position | undefined> {
    await this.ready();
    const { rows } = await this.pool.query<[string | null]>({ text: 'SELECT max(position)::text FROM events', rowMode: 'array' });
    return rows[0][0] === null ? undefined : toPosition(rows[0][0]);
  }

  /** Keys live in this database, outside the hash-chained `events` table, written in the append's transaction. */
  idempotencyKeys(): PostgresIdempotencyKeys {
    return this.keys;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1').catch((error: unknown) => {
      throw mapUnavailable(error);
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
    await Promise.all([this.listener.stop(), this.notifier.stop()]);
    await this.pool.end();
  }

  /** Migrates once and reads the log's identity; a failure (the database not up yet) is tried again at the next call. */
  private ready(): Promise<string> {
    this.schema ??= migrate(this.pool)
      .then(() => postgresLogIdentity(this.pool))
      .catch((error: unknown) => {
        this.schema = undefined;
        throw mapUnavailable(error);
      });
    return this.schema;
  }

  private async readPage(after: Position | undefined, maxCount: number): Promise<StoredEvent[]> {
    if (after !== undefined && comparePositions(after, LARGEST_POSITION) > 0) throw new InvalidPositionError(after);
    return this.select('nihil-read-all', QUERIES.readAll, [after ?? '0', maxCount]);
  }

  private async select(name: string, text: string, values: unknown[]): Promise<StoredEvent[]> {
    await this.ready();
    try {
      const { rows } = await this.pool.query<EventRow>({ name, text, values, rowMode: 'array' });
      return rows.map(rowToEvent);
    } catch (error) {
      throw mapUnavailable(error);
    }
  }

  private wakeUp(): void {
    this.wakeUps += 1;
    this.appended.emit('appended');
  }

  private waitForAppend(ms: number): Promise<void> {
    this.listener.start();
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
}

/** The events as the four arrays `append_events` takes: ids, types, data and metadata (JSON text). */
function eventColumns(events: NewEvent[]): [string[], string[], string[], string[]] {
  return [
    events.map((event) => event.eventId ?? randomUUID()),
    events.map((event) => event.type),
    events.map((event) => JSON.stringify(event.data)),
    events.map((event) => JSON.stringify(event.metadata)),
  ];
}

/** The keys as five arrays, sorted by scope: two appends that share keys take them in the same order (no deadlock). */
function keyColumns(writes: readonly KeyWrite[]): [string[], string[], string[], number[], number[]] {
  const sorted = [...writes].sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0));
  return [
    sorted.map((write) => write.scope),
    sorted.map((write) => write.fingerprint),
    sorted.map((write) => write.streamId),
    sorted.map((write) => write.firstRevision),
    sorted.map((write) => write.lastRevision),
  ];
}
