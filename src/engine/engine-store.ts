import { HashChainingEventStore } from '../audit/hash-chain';
import { createEventStore, EventStoreSettings } from '../event-store/event-store.factory';
import { EventStore } from '../event-store/event-store.port';
import { IdempotencyKeys } from '../event-store/idempotency/idempotency-keys';
import { KeysAfterAppend } from '../event-store/idempotency/keys-after-append';
import { KeysBesideTheLog } from '../event-store/projections/keys-beside-the-log';

/** The configured store as the engine writes to it: every event appended carries its hash chain. */
export function createEngineStore(settings: EventStoreSettings, now?: () => Date): EventStore {
  return new HashChainingEventStore(createEventStore(settings, now));
}

/** The engine's log with its idempotency keys; `keysBesideTheLog` when they are kept outside it and must be bound to it. */
export interface EngineLog {
  store: EventStore;
  keys: IdempotencyKeys;
  keysBesideTheLog?: KeysBesideTheLog;
}

/**
 * The embedded store keeps the keys in its own file, written with the events; EventStoreDB cannot, so
 * they go to `keysBesidePath` (the read models' file) right after each append.
 */
export function createEngineLog(settings: EventStoreSettings, keysBesidePath: string, now: () => Date): EngineLog {
  const inner = createEventStore(settings, now);
  const own = inner.idempotencyKeys?.();
  if (own) return { store: new HashChainingEventStore(inner), keys: own };
  const beside = new KeysBesideTheLog(keysBesidePath);
  return { store: new HashChainingEventStore(new KeysAfterAppend(inner, beside, now)), keys: beside, keysBesideTheLog: beside };
}
