import { randomUUID } from 'node:crypto';
import { EventMetadata, EventStore, NewEvent } from '../../src/event-store/event-store.port';

export function metadata(overrides: Partial<EventMetadata> = {}): EventMetadata {
  return {
    correlationId: randomUUID(),
    causationId: randomUUID(),
    actor: { role: 'pga', subject: 'pga-officer-1' },
    occurredAt: '2013-04-26T22:00:00.000Z',
    schemaVersion: 1,
    ...overrides,
  };
}

export function newEvent(type = 'SomethingHappened', data: unknown = { n: 1 }): NewEvent {
  return { eventId: randomUUID(), type, data, metadata: metadata() };
}

export function uniqueStream(prefix = 'test'): string {
  return `${prefix}-${randomUUID()}`;
}

/** One prefix for every stream a test run writes to a shared server, so that its streams are told apart. */
export const TEST_RUN_PREFIX = `test-run-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}-`;

/** Every event in the log, for "nothing was stored" checks. */
export async function countEvents(store: EventStore): Promise<number> {
  let count = 0;
  let page = await store.readAll({ maxCount: 1000 });
  while (page.length > 0) {
    count += page.length;
    page = await store.readAll({ fromPosition: page[page.length - 1].position, maxCount: 1000 });
  }
  return count;
}
