import { EventVersions, UpcasterTable } from '../../kernel/manifest';
import { StoredEvent } from '../event-store.port';

export type { Upcaster, UpcasterTable } from '../../kernel/manifest';

/** `{ type → the schema version the engine writes and reads today }`. */
export type SchemaVersions = EventVersions;

export interface VersionedEvent<D = unknown> {
  type: string;
  schemaVersion: number;
  data: D;
}

export class UnknownEventTypeError extends Error {
  constructor(readonly type: string) {
    super(`No schema version is registered for event type "${type}": add it to the upcaster registry.`);
    this.name = 'UnknownEventTypeError';
  }
}

export class UnsupportedSchemaVersionError extends Error {
  constructor(
    readonly type: string,
    readonly schemaVersion: unknown,
    readonly current: number,
  ) {
    super(
      `Event type "${type}" at schema version ${String(schemaVersion)} cannot be read: this engine reads versions 1 to ${current}` +
        (typeof schemaVersion === 'number' && schemaVersion > current ? ' (it was written by a newer engine).' : '.'),
    );
    this.name = 'UnsupportedSchemaVersionError';
  }
}

/**
 * Every stored schema version of every event type, turned into the current one by a chain of
 * upcasters v1 → v2 → … → current. To change an event's shape: bump its current version and add
 * the upcaster from the old version; keep a fixture of the old version in test/fixtures/events.
 */
export class UpcasterRegistry {
  constructor(
    private readonly current: SchemaVersions,
    private readonly upcasters: UpcasterTable = {},
  ) {
    checkTable(current, upcasters);
  }

  knows(type: string): boolean {
    return Object.hasOwn(this.current, type);
  }

  currentVersion(type: string): number {
    if (!this.knows(type)) throw new UnknownEventTypeError(type);
    return this.current[type];
  }

  get types(): string[] {
    return Object.keys(this.current);
  }

  /** The event at its current schema version; an unknown type or an unreadable version throws. */
  upcast<D = unknown>(event: VersionedEvent): VersionedEvent<D> {
    const current = this.currentVersion(event.type);
    const from = event.schemaVersion;
    if (!Number.isInteger(from) || from < 1 || from > current) throw new UnsupportedSchemaVersionError(event.type, from, current);
    let data = event.data;
    for (let version = from; version < current; version += 1) data = this.upcasters[event.type][version](data);
    return { type: event.type, schemaVersion: current, data: data as D };
  }

  /**
   * A stored event at its current version, with `metadata.schemaVersion` updated; the same object
   * when nothing changes. Types this registry does not know pass unchanged: the log may hold
   * events of other writers, which projections and deciders ignore.
   */
  upcastStored(event: StoredEvent): StoredEvent {
    if (!this.knows(event.type) || event.metadata.schemaVersion === this.current[event.type]) return event;
    const { data, schemaVersion } = this.upcast({ type: event.type, schemaVersion: event.metadata.schemaVersion, data: event.data });
    return { ...event, data, metadata: { ...event.metadata, schemaVersion } };
  }
}

/** Every version below the current one needs its upcaster, and no upcaster may start at or beyond it. */
function checkTable(current: SchemaVersions, upcasters: UpcasterTable): void {
  for (const [type, version] of Object.entries(current)) {
    if (!Number.isInteger(version) || version < 1)
      throw new RangeError(`Event type "${type}": current version ${version} is not a positive integer.`);
    for (let from = 1; from < version; from += 1) {
      if (typeof upcasters[type]?.[from] !== 'function')
        throw new RangeError(`Event type "${type}" has no upcaster from version ${from} to ${from + 1}.`);
    }
  }
  for (const [type, chain] of Object.entries(upcasters)) {
    const version = current[type];
    if (version === undefined) throw new RangeError(`Upcasters are registered for "${type}", which has no current version.`);
    const stray = Object.keys(chain)
      .map(Number)
      .filter((from) => from >= version);
    if (stray.length > 0)
      throw new RangeError(`Event type "${type}" is at version ${version} but has an upcaster from version ${stray[0]}.`);
  }
}
