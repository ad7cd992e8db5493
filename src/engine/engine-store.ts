import { HashChainingEventStore } from '../audit/hash-chain';
import { createEventStore, EventStoreSettings } from '../event-store/event-store.factory';
import { EventStore } from '../event-store/event-store.port';

/** The configured store as the engine writes to it: every event appended carries its hash chain. */
export function createEngineStore(settings: EventStoreSettings, now?: () => Date): EventStore {
  return new HashChainingEventStore(createEventStore(settings, now));
}
