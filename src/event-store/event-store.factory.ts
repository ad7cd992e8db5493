import { HashChainingEventStore } from '../audit/hash-chain';
import { AppConfig } from '../shared/config';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/**
 * EventStoreDB when a connection string is set, else the embedded SQLite store, whose `recordedAt`
 * comes from `now` (the injected clock). EventStoreDB stamps events with its own clock.
 */
export function createEventStore(config: AppConfig['eventStore'], now?: () => Date): EventStore {
  // Both adapters are wrapped: every event appended through the engine carries its hash chain.
  if (config.connectionString) {
    return new HashChainingEventStore(new EsdbEventStore(config.connectionString, { maxAppendSize: config.maxAppendSize }));
  }
  return new HashChainingEventStore(new SqliteEventStore({ path: config.sqlitePath, sync: config.sqliteSync, now }));
}

export function describeEventStore(config: AppConfig['eventStore']): string {
  if (config.connectionString) return `EventStoreDB at ${config.connectionString.replace(/\/\/[^@/]*@/, '//***@')}`;
  return `embedded SQLite store at ${config.sqlitePath} (sync=${config.sqliteSync})`;
}
