import { Client } from 'pg';
import { IdempotencyKeyTaken, KeyWrite } from '../../src/event-store/idempotency/idempotency-keys';
import { Position, StoredEvent } from '../../src/event-store/event-store.port';
import { PostgresEventStore } from '../../src/event-store/postgres/postgres-event-store';
import { SCHEMA_VERSION } from '../../src/event-store/postgres/postgres-schema';
import { comparePositions } from '../../src/kernel/position';
import { newEvent, uniqueStream } from '../support/events';
import { createTestDatabase, TestDatabase } from '../support/postgres-database';

let database: TestDatabase;
const stores: PostgresEventStore[] = [];
/** A store as one engine process would have it: its own pool (and LISTEN connection). */
const openStore = (poolSize = 10) => {
  const store = new PostgresEventStore({ connectionString: database.url, poolSize, pollIntervalMs: 50 });
  stores.push(store);
  return store;
};

beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()));
  await database.drop();
});

describe('PostgreSQL store: global positions follow commit order', () => {
  it('a reader racing concurrent writers on separate connections sees every event once, in increasing positions', async () => {
    const [writerA, writerB, reader] = [openStore(6), openStore(6), openStore(2)];
    const written = new Set<string>();
    let writing = true;
    const pollingReader = readUntil(reader, () => !writing);
    const subscribed = subscribeUntil(reader);
    const writers = Array.from({ length: 12 }, (_, w) => writeStream(w % 2 === 0 ? writerA : writerB, 25, written));
    await Promise.all(writers);
    writing = false;
    const [polled, delivered] = await Promise.all([pollingReader, subscribed(written.size)]);
    for (const seen of [polled, delivered]) {
      expect(seen.map((e) => e.eventId).sort()).toEqual([...written].sort());
      expectIncreasing(seen.map((e) => e.position));
    }
  });
});

describe('PostgreSQL store: subscriptions of other processes', () => {
  it('are woken by the notification sent after an append commits, not by their polling', async () => {
    const appender = openStore();
    // Polling alone would deliver nothing within the test's time: only the notification can.
    const subscriber = new PostgresEventStore({ connectionString: database.url, pollIntervalMs: 3_600_000 });
    stores.push(subscriber);
    const delivered: StoredEvent[] = [];
    let caughtUp!: () => void;
    const ready = new Promise<void>((resolve) => (caughtUp = resolve));
    const subscription = subscriber.subscribe(undefined, (event) => void delivered.push(event), { onCaughtUp: () => caughtUp() });
    await ready;
    const streams = [uniqueStream(), uniqueStream(), uniqueStream()];
    for (const stream of streams) await appender.append(stream, [newEvent()], 'no-stream');
    for (let waits = 0; delivered.length < streams.length && waits < 250; waits += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await subscription.stop();
    expect(delivered.map((event) => event.streamId)).toEqual(streams);
  });

  it('a new stream is still refused when another append made it first', async () => {
    const [one, other] = [openStore(), openStore()];
    const stream = uniqueStream();
    const outcomes = await Promise.allSettled([one, other].map((store) => store.append(stream, [newEvent()], 'no-stream')));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: { name: 'ConcurrencyError', expected: 'no-stream', actual: 0 },
    });
    expect(await one.readStream(stream)).toHaveLength(1);
  });
});

describe('PostgreSQL store: idempotency keys shared by every process', () => {
  const keyFor = (scope: string, streamId: string): KeyWrite => ({ scope, fingerprint: 'f', streamId, firstRevision: 0, lastRevision: 0 });

  it('two processes appending with the same key at once: exactly one append stores its events, the other is refused', async () => {
    const [one, other] = [openStore(), openStore()];
    for (let round = 0; round < 10; round += 1) {
      const scope = `pga|officer||key-${round}`;
      const streams = [uniqueStream(), uniqueStream()];
      const outcomes = await Promise.allSettled(
        [one, other].map((store, i) => store.append(streams[i], [newEvent()], 'no-stream', { idempotency: [keyFor(scope, streams[i])] })),
      );
      const won = outcomes.findIndex((o) => o.status === 'fulfilled');
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes[1 - won]).toEqual({ status: 'rejected', reason: new IdempotencyKeyTaken(scope) });
      expect(await one.readStream(streams[1 - won])).toEqual([]);
      const winner = outcomes[won] as PromiseFulfilledResult<{ position: Position }>;
      expect((await other.idempotencyKeys().find(scope))?.result).toEqual({
        streamId: streams[won],
        position: winner.value.position,
        firstRevision: 0,
        lastRevision: 0,
      });
    }
  });

  it('keeps the first answer, whichever process gives it, and forgets keys by age', async () => {
    const [one, other] = [openStore(), openStore()];
    const at = new Date('2013-09-24T10:00:00.000Z');
    await Promise.all([
      one.idempotencyKeys().recordAnswer('k', 'f', { answer: 1 }, at),
      other.idempotencyKeys().recordAnswer('k', 'f', { answer: 1 }, at),
    ]);
    await other.idempotencyKeys().recordAnswer('k', 'f', { answer: 2 }, at);
    await one.idempotencyKeys().recordAnswer('nothing', 'f', null, at);
    expect(await other.idempotencyKeys().find('k')).toEqual({ fingerprint: 'f', recordedAt: at, answer: { body: { answer: 1 } } });
    expect(await one.idempotencyKeys().find('nothing')).toEqual({ fingerprint: 'f', recordedAt: at, answer: { body: null } });
    expect(await one.idempotencyKeys().forgetRecordedBefore(new Date(at.getTime() + 1))).toBe(2);
    expect(await other.idempotencyKeys().find('k')).toBeUndefined();
  });
});

describe('PostgreSQL store: schema', () => {
  const migrations = async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows;
    } finally {
      await client.end();
    }
  };

  it('is made by the first process; processes starting together (or later) apply each version once and share one identity', async () => {
    const starting = Array.from({ length: 4 }, () => openStore(2));
    const identities = await Promise.all(starting.map((store) => store.identity()));
    expect(new Set(identities).size).toBe(1);
    expect(await openStore(1).identity()).toBe(identities[0]);
    expect(await migrations()).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => ({ version: i + 1 })));
  });

  it('refuses a database migrated by a newer engine', async () => {
    await openStore(1).identity();
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
    await client.end();
    await expect(openStore(1).readAll()).rejects.toThrow(`schema version 999; this engine knows up to ${SCHEMA_VERSION}`);
  });
});

/** `count` appends of one to three events to a fresh stream, each expecting the previous revision; their ids go to `written`. */
async function writeStream(store: PostgresEventStore, count: number, written: Set<string>): Promise<void> {
  const stream = uniqueStream('race');
  let revision = -1;
  for (let i = 0; i < count; i += 1) {
    const events = Array.from({ length: 1 + (i % 3) }, () => newEvent('Raced', { i }));
    const result = await store.append(stream, events, revision < 0 ? 'no-stream' : revision);
    revision = result.nextExpectedRevision;
    events.forEach((event) => written.add(event.eventId!));
  }
}

/** Reads the log from its last position over and over, as a subscriber would, until `done()` and one read after it. */
async function readUntil(store: PostgresEventStore, done: () => boolean): Promise<StoredEvent[]> {
  const seen: StoredEvent[] = [];
  for (;;) {
    const last = done();
    for (;;) {
      const page = await store.readAll({ fromPosition: seen[seen.length - 1]?.position, maxCount: 7 });
      seen.push(...page);
      if (page.length < 7) break;
    }
    if (last) return seen;
  }
}

/** A subscription from the start; `until(n)` resolves with what it delivered once it has `n` events (or after 5 s, to fail). */
function subscribeUntil(store: PostgresEventStore): (count: number) => Promise<StoredEvent[]> {
  const seen: StoredEvent[] = [];
  const subscription = store.subscribe(undefined, (event) => void seen.push(event));
  return async (count) => {
    for (let waits = 0; seen.length < count && waits < 250; waits += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await subscription.stop();
    return seen;
  };
}

function expectIncreasing(positions: Position[]): void {
  positions.slice(1).forEach((p, i) => expect(comparePositions(positions[i], p)).toBeLessThan(0));
}
