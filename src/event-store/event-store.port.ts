import { NewEvent, Position, StoredEvent } from '../kernel/events';
import { IdempotencyKeys, KeyWrite } from './idempotency/idempotency-keys';

export type { Actor, EventMetadata, NewEvent, Position, StoredEvent } from '../kernel/events';

/**
 * `'no-stream'`: the stream must not exist; `'any'`: no check; a number: the revision of the
 * stream's last event must be exactly this.
 */
export type ExpectedRevision = 'no-stream' | 'any' | number;

export interface AppendResult {
  /** Revision of the last event written. */
  nextExpectedRevision: number;
  /** Global position of the last event written. */
  position: Position;
}

export interface AppendOptions {
  /**
   * Idempotency keys of the commands whose events this append carries: written in the append's
   * transaction by a store that has one (the embedded store), right after it otherwise.
   */
  idempotency?: readonly KeyWrite[];
}

export interface ReadStreamOptions {
  fromRevision?: number;
  direction?: 'forwards' | 'backwards';
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Omitted: from the start of the log. */
  fromPosition?: Position;
  maxCount?: number;
}

export type EventHandler = (event: StoredEvent) => void | Promise<void>;

export interface SubscribeOptions {
  /** Called once, when the subscription has delivered every event that existed when it started. */
  onCaughtUp?: () => void;
  /** Called when the subscription stops because of an error (the handler's or the store's). */
  onError?: (error: Error) => void;
}

export interface Subscription {
  /** Stops delivery; resolves once no handler call is running. */
  stop(): Promise<void>;
}

export interface EventStore {
  /** Appends all events or none, after checking the stream's revision against `expected`. */
  append(streamId: string, events: NewEvent[], expected: ExpectedRevision, options?: AppendOptions): Promise<AppendResult>;
  /** A missing stream reads as an empty array. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Events in global commit order. */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /**
   * The events at these global positions, in the order asked, in one read where the store can (an
   * index's page). A position that holds no event (or a system event) is left out. Optional: without
   * it, a caller that knows each event's stream and revision reads them with `readStream`.
   */
  readPositions?(positions: readonly Position[]): Promise<StoredEvent[]>;
  /**
   * Catch-up then live delivery in global order, strictly after `fromPosition` (a stored
   * checkpoint) or from the start. The handler is awaited: events are delivered one at a time.
   */
  subscribe(fromPosition: Position | undefined, handler: EventHandler, options?: SubscribeOptions): Subscription;
  /**
   * A stable id the log gets when it is created and keeps for life: what is derived from the log
   * (read models, idempotency answers) records it, to tell this log from another one.
   */
  identity(): Promise<string>;
  /** The position of the log's last event; undefined while the log is empty. */
  lastPosition(): Promise<Position | undefined>;
  /** Where the keys of `AppendOptions.idempotency` are kept; absent when the store keeps none. */
  idempotencyKeys?(): IdempotencyKeys | undefined;
  /** Cheap round trip used by the health check. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');
