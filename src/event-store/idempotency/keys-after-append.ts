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
import { IdempotencyKeys, KeysWrittenAfterAppend } from './idempotency-keys';

/**
 * For a store with no transaction spanning events and keys (EventStoreDB): the keys of an append are
 * written right after it succeeds. What this cannot guarantee: a crash (or a failed key write) between
 * the append and the key loses the key, and a retry then runs the command again; two processes that
 * take the same key at once both run it; and the keys are shared only by the processes that share
 * their file.
 */
export class KeysAfterAppend implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly keys: KeysWrittenAfterAppend,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async append(streamId: string, events: NewEvent[], expected: ExpectedRevision, options: AppendOptions = {}): Promise<AppendResult> {
    const result = await this.inner.append(streamId, events, expected);
    try {
      if (options.idempotency) this.keys.writeWithAppend(options.idempotency, result.position, this.now());
    } catch {
      // The events are stored: failing the append now would make the executor write them again.
    }
    return result;
  }

  idempotencyKeys(): IdempotencyKeys {
    return this.keys;
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return this.inner.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    return this.inner.readAll(options);
  }

  subscribe(fromPosition: Position | undefined, handler: EventHandler, options?: SubscribeOptions): Subscription {
    return this.inner.subscribe(fromPosition, handler, options);
  }

  identity(): Promise<string> {
    return this.inner.identity();
  }

  lastPosition(): Promise<Position | undefined> {
    return this.inner.lastPosition();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  async close(): Promise<void> {
    await this.inner.close();
    this.keys.close();
  }
}
