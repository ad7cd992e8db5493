import {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  Position as EsdbPosition,
  ResolvedEvent,
  START,
  StreamNotFoundError,
  StreamingRead,
  excludeSystemEvents,
} from '@eventstore/db-client';
import { ConcurrencyError } from '../concurrency.error';
import {
  AppendResult,
  EventHandler,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { Position, comparePositions } from '../../kernel/position';
import {
  decodeEsdbPosition,
  encodeEsdbPosition,
  fromResolvedEvent,
  mapAppendError,
  toEsdbExpectedRevision,
  toJsonEvent,
} from './esdb-mapping';
import { esdbLogIdentity } from './esdb-log-identity';

type Read = StreamingRead<ResolvedEvent> | StreamingRead<AllStreamResolvedEvent>;

export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;

  constructor(connectionString: string) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const result = await this.client
      .appendToStream(streamId, events.map(toJsonEvent), { expectedRevision: toEsdbExpectedRevision(expected) })
      .catch((error: unknown) => Promise.reject(mapAppendError(error, streamId, expected)));
    // Only reached with `throwOnAppendFailure=false` in the connection string.
    if (!result.success) {
      const actual = result.nextExpectedRevision < 0n ? 'no-stream' : Number(result.nextExpectedRevision);
      throw new ConcurrencyError(streamId, expected, actual);
    }
    const revision = Number(result.nextExpectedRevision);
    return { nextExpectedRevision: revision, position: await this.appendPosition(streamId, revision, result.position) };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    const start = backwards ? END : START;
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision === undefined ? start : BigInt(options.fromRevision),
      maxCount: options.maxCount,
    });
    try {
      return await collect(read, options.maxCount);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /**
   * The server's `fromPosition` is inclusive and counts system events, so the read is unbounded and
   * stopped once `maxCount` events strictly after `fromPosition` have been collected.
   */
  async readAll(options: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const { fromPosition, maxCount } = options;
    const read = this.client.readAll({
      direction: FORWARDS,
      fromPosition: fromPosition === undefined ? START : decodeEsdbPosition(fromPosition),
    });
    return collect(read, maxCount, fromPosition);
  }

  subscribe(fromPosition: Position | undefined, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    const source = this.client.subscribeToAll({
      fromPosition: fromPosition === undefined ? START : decodeEsdbPosition(fromPosition),
      filter: excludeSystemEvents(),
    });
    return new EsdbSubscription(source, fromPosition, handler, options);
  }

  identity(): Promise<string> {
    return esdbLogIdentity(this.client);
  }

  /** Reads back from the end past system events (the server's own, and the links of its projections). */
  async lastPosition(): Promise<Position | undefined> {
    const [last] = await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: END }), 1);
    return last?.position;
  }

  async ping(): Promise<void> {
    await collect(this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }), 1);
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  /**
   * The position the server reports for the write: for a multi-event append its commit part is the
   * last event's, so it sorts after every earlier event of the append and at or before the last one.
   * Idempotent re-appends report no position; the last event is then read back.
   */
  private async appendPosition(streamId: string, revision: number, position?: EsdbPosition): Promise<Position> {
    if (position) return encodeEsdbPosition(position);
    const [last] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!last) throw new Error(`Stream ${streamId}: no event at revision ${revision} after append`);
    return last.position;
  }
}

/** Maps, drops system events and events at or before `after`, and stops once `limit` are collected. */
async function collect(read: Read, limit = Infinity, after?: Position): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  if (limit > 0) {
    for await (const resolved of read) {
      const event = fromResolvedEvent(resolved);
      if (event && isAfter(event, after)) events.push(event);
      if (events.length >= limit) break;
    }
  }
  if (events.length >= limit) await read.cancel();
  return events;
}

function isAfter(event: StoredEvent, position: Position | undefined): boolean {
  return position === undefined || comparePositions(event.position, position) > 0;
}

class EsdbSubscription implements Subscription {
  private stopped = false;
  private inFlight = false;
  /** Events read before the server's caught-up signal and not yet handled. */
  private beforeCaughtUp: number | undefined;
  private readonly loop: Promise<void>;

  constructor(
    private readonly source: AllStreamSubscription,
    private readonly after: Position | undefined,
    private readonly handler: EventHandler,
    private readonly options: SubscribeOptions,
  ) {
    source.once('caughtUp', () => this.caughtUpSignalled());
    this.loop = this.run().catch((error: unknown) => this.fail(error));
  }

  async stop(): Promise<void> {
    await this.halt();
    await this.loop;
  }

  private async run(): Promise<void> {
    for await (const resolved of this.source) {
      if (this.stopped) return;
      this.inFlight = true;
      const event = fromResolvedEvent(resolved);
      // The server already starts strictly after `after`; this keeps the port's contract explicit.
      if (event && isAfter(event, this.after)) await this.handler(event);
      this.inFlight = false;
      this.countTowardsCaughtUp();
    }
    if (!this.stopped) throw new Error('EventStoreDB subscription ended unexpectedly');
  }

  /**
   * The signal is emitted when the server's message is transformed, which can be before the events
   * preceding it (buffered in the stream, or in the handler) have been handled.
   */
  private caughtUpSignalled(): void {
    this.beforeCaughtUp = this.source.readableLength + (this.inFlight ? 1 : 0);
    if (this.beforeCaughtUp === 0) this.notifyCaughtUp();
  }

  private countTowardsCaughtUp(): void {
    if (!this.beforeCaughtUp) return;
    this.beforeCaughtUp -= 1;
    if (this.beforeCaughtUp === 0) this.notifyCaughtUp();
  }

  private notifyCaughtUp(): void {
    if (!this.stopped) this.options.onCaughtUp?.();
  }

  private async halt(): Promise<void> {
    this.stopped = true;
    // A subscription whose call never started rejects here; the loop reports that error instead.
    await this.source.unsubscribe().catch(() => undefined);
    this.source.destroy();
  }

  /** After `stop()`, destroying the source surfaces as a premature-close error: not a failure. */
  private async fail(error: unknown): Promise<void> {
    if (this.stopped) return;
    await this.halt();
    const err = error instanceof Error ? error : new Error(String(error));
    if (this.options.onError) this.options.onError(err);
    else throw err;
  }
}
