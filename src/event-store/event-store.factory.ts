import { maskedAddress } from '../kernel/masked-address';
import { EsdbEventStore } from './esdb/esdb-event-store';
import { EventStore } from './event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

/** Which store the engine runs on, as the configuration says. */
export interface EventStoreSettings {
  connectionString?: string;
  /** PostgreSQL; never set together with `connectionString` (the configuration refuses it). */
  postgresUrl?: string;
  sqlitePath: string;
  sqliteSync: 'full' | 'normal';
  /** Largest append EventStoreDB takes (its MaxAppendSize), in bytes. */
  maxAppendSize: number;
}

/**
 * EventStoreDB when a connection string is set, PostgreSQL when its address is, else the embedded
 * SQLite store. SQLite and PostgreSQL stamp `recordedAt` from `now` (the injected clock); EventStoreDB
 * stamps events with its own clock.
 */
export function createEventStore(settings: EventStoreSettings, now?: () => Date): EventStore {
  if (settings.connectionString) return new EsdbEventStore(settings.connectionString, { maxAppendSize: settings.maxAppendSize });
  if (settings.postgresUrl) return new PostgresEventStore({ connectionString: settings.postgresUrl, now });
  return new SqliteEventStore({ path: settings.sqlitePath, sync: settings.sqliteSync, now });
}

/** The embedded store's file, when the configuration selects the embedded store. */
export function embeddedStorePath(settings: EventStoreSettings): string | undefined {
  return settings.connectionString || settings.postgresUrl ? undefined : settings.sqlitePath;
}

export function describeEventStore(settings: EventStoreSettings): string {
  if (settings.connectionString) return `EventStoreDB at ${withoutPassword(settings.connectionString)}`;
  if (settings.postgresUrl) return `PostgreSQL store at ${withoutPassword(settings.postgresUrl)}`;
  return `embedded SQLite store at ${settings.sqlitePath} (sync=${settings.sqliteSync})`;
}

/** The address with its credentials masked: user information and credential-like query parameters. */
export function withoutPassword(address: string): string {
  return maskedAddress(address);
}
