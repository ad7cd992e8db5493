import { IdempotencyKeys } from './idempotency/idempotency-keys';
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
} from './event-store.port';

/** A decorator of a store: everything goes to `inner` unless the subclass says otherwise (its appends, most often). */
export abstract class ForwardingEventStore implements EventStore {
  /** Present exactly when the inner store has it. */
  readonly readPositions?: (positions: readonly Position[]) => Promise<StoredEvent[]>;

  constructor(protected readonly inner: EventStore) {
    if (inner.readPositions) this.readPositions = (positions) => inner.readPositions!(positions);
  }

  append(streamId: string, events: NewEvent[], expected: ExpectedRevision, options?: AppendOptions): Promise<AppendResult> {
    return this.inner.append(streamId, events, expected, options);
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

  idempotencyKeys(): IdempotencyKeys | undefined {
    return this.inner.idempotencyKeys?.();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
