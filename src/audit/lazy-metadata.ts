import { EventMetadata } from '../event-store/event-store.port';

/**
 * Metadata of which `occurredAt` and `schemaVersion` are known already (the embedded store's copied
 * columns): reading either costs nothing; any other use (another field, `in`, spreading, JSON)
 * loads and parses the whole stored text, once. Read-only, as stored events are.
 */
export function lazyMetadata(occurredAt: string, schemaVersion: number, load: () => EventMetadata): EventMetadata {
  let full: EventMetadata | undefined;
  const loaded = () => (full ??= load());
  return new Proxy({ occurredAt, schemaVersion } as EventMetadata, {
    get: (_, key): unknown => (key === 'occurredAt' ? occurredAt : key === 'schemaVersion' ? schemaVersion : Reflect.get(loaded(), key)),
    has: (_, key) => key in loaded(),
    ownKeys: () => Reflect.ownKeys(loaded()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(loaded(), key),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
