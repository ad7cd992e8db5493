import { AppConfig } from '../shared/config';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** EventStoreDB when a connection string is set, else the embedded SQLite store. */
export function createEventStore(config: AppConfig['eventStore']): EventStore {
  if (config.connectionString) return new EsdbEventStore(config.connectionString);
  return new SqliteEventStore({ path: config.sqlitePath, sync: config.sqliteSync });
}

export function describeEventStore(config: AppConfig['eventStore']): string {
  if (config.connectionString) return `EventStoreDB at ${config.connectionString.replace(/\/\/[^@/]*@/, '//***@')}`;
  return `embedded SQLite store at ${config.sqlitePath} (sync=${config.sqliteSync})`;
}
