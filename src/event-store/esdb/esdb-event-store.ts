import {
  AllStreamResolvedEvent,
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
import { AppendTooLargeError, InvalidPositionError } from '../store-errors';
import { DEFAULT_MAX_APPEND_SIZE, appendSize } from './append-size';
import { mapAppendError, mapReadError } from './esdb-errors';
import { esdbLogIdentity } from './esdb-log-identity';
import {
  decodeEsdbPosition,
  encodeEsdbPosition,
  fromResolvedEvent,
  readFromAfter,
  toEsdbExpectedRevision,
  toJsonEvent,
} from './esdb-mapping';
import { requireCaughtUpSupport } from './esdb-server-version';
import { DEFAULT_RESUME, ResumableSubscription, ResumeSettings } from './resumable-subscription';
import { DEFAULT_RETRY, RetrySettings, withTransientRetry } from './transient-retry';

type Read = StreamingRead<ResolvedEvent> | StreamingRead<AllStreamResolvedEvent>;

/** The parts of the client the adapter uses (a test passes a fake). */
export type EsdbClient = Pick<
  EventStoreDBClient,
  'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose' | 'getStreamMetadata' | 'setStreamMetadata'
>;

export interface EsdbSettings {
  /** Bytes one append may take; keep it at or below the server's `MaxAppendSize`. */
  maxAppendSize: number;
  retry: RetrySettings;
  resume: ResumeSettings;
}

export class EsdbEventStore implements EventStore {
  private readonly client: EsdbClient;
  private readonly settings: EsdbSettings;
  private serverChecked?: Promise<void>;

  constructor(client: string | EsdbClient, settings: Partial<EsdbSettings> = {}) {
    this.client = typeof client === 'string' ? EventStoreDBClient.connectionString(client) : client;
    this.settings = { maxAppendSize: DEFAULT_MAX_APPEND_SIZE, retry: DEFAULT_RETRY, resume: DEFAULT_RESUME, ...settings };
  }

  /**
   * Event ids are fixed before the first attempt, so a retry after a lost answer is recognized by
   * the server as the same append. A refused revision always arrives as the client's thrown error.
   */
  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const data = events.map(toJsonEvent);
    const bytes = appendSize(data);
    if (bytes > this.settings.maxAppendSize) throw new AppendTooLargeError(streamId, bytes, this.settings.maxAppendSize);
    const options = { expectedRevision: toEsdbExpectedRevision(expected) };
    const result = await this.retry(() => this.client.appendToStream(streamId, data, options), true).catch((error: unknown) => {
      throw mapAppendError(error, streamId, expected, bytes);
    });
    if (!result.success)
      throw new Error('EventStoreDB client answered an append with success=false: throwOnAppendFailure=false is not supported');
    const revision = Number(result.nextExpectedRevision);
    return { nextExpectedRevision: revision, position: await this.appendPosition(streamId, revision, result.position) };
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    return this.retry(() => this.readStreamOnce(streamId, options), false);
  }

  /**
   * The server's `fromPosition` is inclusive and counts system events, so the read is unbounded and
   * stopped once `maxCount` events strictly after `fromPosition` have been collected.
   */
  async readAll({ fromPosition, maxCount }: ReadAllOptions = {}): Promise<StoredEvent[]> {
    const from = readFromAfter(fromPosition);
    const read = () => collect(this.client.readAll({ direction: FORWARDS, fromPosition: from }), maxCount, fromPosition);
    return this.retry(read, false).catch((error: unknown) => {
      throw mapReadError(error, fromPosition);
    });
  }

  /** One read per position (the server's `fromPosition` is inclusive): the event there, if it is one of the log's. */
  async readPositions(positions: readonly Position[]): Promise<StoredEvent[]> {
    const found = await Promise.all(positions.map((position) => this.readAt(position)));
    return found.flatMap((event) => event ?? []);
  }

  subscribe(fromPosition: Position | undefined, handler: EventHandler, options: SubscribeOptions = {}): Subscription {
    const open = (after: Position | undefined) =>
      this.client.subscribeToAll({ fromPosition: readFromAfter(after), filter: excludeSystemEvents() });
    return new ResumableSubscription({ open, ready: () => this.checkServer() }, fromPosition, handler, options, this.settings.resume);
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

  private async readAt(position: Position): Promise<StoredEvent | undefined> {
    const at = decodableOrUndefined(position);
    if (!at) return undefined;
    const read = () => collect(this.client.readAll({ direction: FORWARDS, fromPosition: at, maxCount: 1 }), 1);
    const [event] = await this.retry(read, false).catch((error: unknown) => {
      const mapped = mapReadError(error, position);
      // The server refuses a position that is no record's: it holds no event.
      if (mapped instanceof InvalidPositionError) return [];
      throw mapped;
    });
    return event?.position === position ? event : undefined;
  }

  private retry<T>(operation: () => Promise<T>, writes: boolean): Promise<T> {
    return withTransientRetry(operation, { writes, settings: this.settings.retry });
  }

  private async readStreamOnce(streamId: string, options: ReadStreamOptions): Promise<StoredEvent[]> {
    const backwards = options.direction === 'backwards';
    const read = this.client.readStream(streamId, {
      direction: backwards ? BACKWARDS : FORWARDS,
      fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
      maxCount: options.maxCount,
    });
    try {
      return await collect(read, options.maxCount);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /** Once per store; a failed check (server unreachable) is tried again at the next subscription attempt. */
  private checkServer(): Promise<void> {
    this.serverChecked ??= requireCaughtUpSupport(this.client).catch((error: unknown) => {
      this.serverChecked = undefined;
      throw error;
    });
    return this.serverChecked;
  }

  /**
   * The position the server reports for the write: for a multi-event append its commit part is the
   * last event's, so it sorts after every earlier event of the append and at or before the last one.
   * Idempotent re-appends report no position (and an unknown one is not used); the last event is then read back.
   */
  private async appendPosition(streamId: string, revision: number, position?: EsdbPosition): Promise<Position> {
    const reported = position && tryEncode(position);
    if (reported) return reported;
    const [last] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!last) throw new Error(`Stream ${streamId}: no event at revision ${revision} after append`);
    return last.position;
  }
}

/** A position no EventStoreDB position encodes to holds no event (positions are the adapter's own packing). */
function decodableOrUndefined(position: Position): EsdbPosition | undefined {
  try {
    return decodeEsdbPosition(position);
  } catch (error) {
    if (error instanceof InvalidPositionError) return undefined;
    throw error;
  }
}

function tryEncode(position: EsdbPosition): Position | undefined {
  try {
    return encodeEsdbPosition(position);
  } catch {
    return undefined;
  }
}

/**
 * Maps, drops system events and events at or before `after`, and stops once `limit` are collected.
 * The gRPC call is cancelled whatever happens, so that a failed or abandoned read holds nothing open.
 */
async function collect(read: Read, limit = Infinity, after?: Position): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  try {
    if (limit <= 0) return events;
    for await (const resolved of read) {
      const event = fromResolvedEvent(resolved);
      if (event && isAfter(event, after)) events.push(event);
      if (events.length >= limit) break;
    }
    return events;
  } finally {
    await read.cancel().catch(() => undefined);
  }
}

function isAfter(event: StoredEvent, position: Position | undefined): boolean {
  return position === undefined || comparePositions(event.position, position) > 0;
}
