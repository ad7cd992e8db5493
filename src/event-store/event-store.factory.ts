import { EsdbEventStore } from './esdb/esdb-event-store';
import { EventStore } from './event-store.port';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** Which store the engine runs on, as the configuration says. */
export interface EventStoreSettings {
  connectionString?: string;
  sqlitePath: string;
  sqliteSync: 'full' | 'normal';
  /** Largest append EventStoreDB takes (its MaxAppendSize), in bytes. */
  maxAppendSize: number;
}

/**
 * EventStoreDB when a connection string is set, else the embedded SQLite store, whose `recordedAt`
 * comes from `now` (the injected clock). EventStoreDB stamps events with its own clock.
 */
export function createEventStore(settings: EventStoreSettings, now?: () => Date): EventStore {
  if (settings.connectionString) return new EsdbEventStore(settings.connectionString, { maxAppendSize: settings.maxAppendSize });
  return new SqliteEventStore({ path: settings.sqlitePath, sync: settings.sqliteSync, now });
}

export function describeEventStore(settings: EventStoreSettings): string {
  if (settings.connectionString) return `EventStoreDB at ${settings.connectionString.replace(/\/\/[^@/]*@/, '//***@')}`;
  return `embedded SQLite store at ${settings.sqlitePath} (sync=${settings.sqliteSync})`;
}
