import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { IdempotencyKeyTaken, KeyWrite } from '../../src/event-store/idempotency/idempotency-keys';
import { KeysClaimedAroundAppend } from '../../src/event-store/idempotency/keys-claimed-around-append';
import { RedisIdempotencyKeys } from '../../src/event-store/idempotency/redis-idempotency-keys';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import { newEvent, uniqueStream } from '../support/events';
import { deleteKeys, scanKeys } from '../support/private-redis';

/** Against the shared Redis on 6379, under a prefix of this run's own (removed afterwards, never flushed). */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const TTL_MS = 3_600_000;
const AT = new Date('2013-09-24T10:00:00.000Z');

describe('idempotency keys in Redis (EventStoreDB with REDIS_URL: shared by every engine process)', () => {
  const prefix = `test-keys-${randomUUID()}`;
  const clients: Redis[] = [];
  const connect = () => {
    const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
    clients.push(client);
    return client;
  };
  /** Two engine processes: each its own connection, one Redis, one prefix. */
  let one: RedisIdempotencyKeys;
  let other: RedisIdempotencyKeys;
  let admin: Redis;
  beforeAll(() => {
    admin = connect();
    one = new RedisIdempotencyKeys(connect(), { prefix, ttlMs: TTL_MS });
    other = new RedisIdempotencyKeys(connect(), { prefix, ttlMs: TTL_MS });
  });
  afterAll(async () => {
    await deleteKeys(admin, prefix);
    clients.forEach((c) => c.disconnect());
  });

  const write = (scope: string, streamId = uniqueStream()): KeyWrite => ({
    scope,
    fingerprint: 'fingerprint-1',
    streamId,
    firstRevision: 0,
    lastRevision: 1,
  });

  it('lets exactly one of two processes claim one key at the same moment; the other is told IdempotencyKeyTaken', async () => {
    const scope = `pga|officer||${randomUUID()}`;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? one : other).claim([write(scope)], `claim-${i}`, AT)),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused).toHaveLength(9);
    refused.forEach((o) => expect(o.reason).toBeInstanceOf(IdempotencyKeyTaken));
    expect(await other.find(scope)).toMatchObject({ fingerprint: 'fingerprint-1', pending: true });
  });

  it("records the append's result for every process, with the TTL set, and keeps the first answer", async () => {
    const scope = `pga|officer||${randomUUID()}`;
    const key = write(scope);
    await one.claim([key], 'mine', AT);
    await one.complete([key], '42', AT);
    expect(await other.find(scope)).toEqual({
      fingerprint: 'fingerprint-1',
      recordedAt: AT,
      result: { streamId: key.streamId, position: '42', firstRevision: 0, lastRevision: 1 },
    });
    await one.recordAnswer(scope, 'fingerprint-1', { id: 'first', position: '42' }, AT);
    await other.recordAnswer(scope, 'fingerprint-1', { id: 'second' }, AT);
    expect((await other.find(scope))?.answer).toEqual({ body: { id: 'first', position: '42' } });
    const ttls = await Promise.all((await scanKeys(admin, `${prefix}:idempotency:*`)).map((k) => admin.pttl(k)));
    expect(ttls.length).toBeGreaterThan(0);
    for (const ttl of ttls) {
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(TTL_MS);
    }
  });

  it('gives a claim a short lease, and releases it only for the request that holds it', async () => {
    const scope = `pga|officer||${randomUUID()}`;
    const leased = new RedisIdempotencyKeys(connect(), { prefix, ttlMs: TTL_MS, claimMs: 5_000 });
    await leased.claim([write(scope)], 'mine', AT);
    await other.release([write(scope)], 'not-mine');
    expect(await other.find(scope)).toMatchObject({ pending: true });
    await leased.release([write(scope)], 'mine');
    expect(await other.find(scope)).toBeUndefined();
  });

  it('keeps an answer of a command that wrote nothing, and refuses to overwrite it with another body', async () => {
    const scope = `pga|officer||${randomUUID()}`;
    await one.recordAnswer(scope, 'fingerprint-1', { unchanged: true }, AT);
    await other.recordAnswer(scope, 'fingerprint-2', { other: true }, AT);
    expect(await other.find(scope)).toEqual({ fingerprint: 'fingerprint-1', recordedAt: AT, answer: { body: { unchanged: true } } });
  });

  it("forgets keys recorded before a cutoff by the engine's clock, and only those", async () => {
    const [old, recent] = [`pga|officer||${randomUUID()}`, `pga|officer||${randomUUID()}`];
    await one.recordAnswer(old, 'f', {}, new Date('2013-09-01T00:00:00Z'));
    await one.complete([write(recent)], '7', new Date('2013-09-30T00:00:00Z'));
    expect(await other.forgetRecordedBefore(new Date('2013-09-15T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await one.find(old)).toBeUndefined();
    expect(await one.find(recent)).toBeDefined();
  });

  describe('around the append (KeysClaimedAroundAppend)', () => {
    let inner: SqliteEventStore;
    let store: KeysClaimedAroundAppend;
    beforeEach(() => {
      inner = new SqliteEventStore({ path: ':memory:' });
      store = new KeysClaimedAroundAppend(inner, one, () => AT);
    });
    afterEach(() => inner.close());

    it('refuses an append whose key another process holds, writing nothing', async () => {
      const scope = `pga|officer||${randomUUID()}`;
      await other.claim([write(scope)], 'theirs', AT);
      const stream = uniqueStream();
      await expect(store.append(stream, [newEvent()], 'no-stream', { idempotency: [write(scope, stream)] })).rejects.toBeInstanceOf(
        IdempotencyKeyTaken,
      );
      expect(await inner.readStream(stream)).toEqual([]);
    });

    it('completes the key with the position after the append, and frees it when the append is refused', async () => {
      const [kept, freed] = [`pga|officer||${randomUUID()}`, `pga|officer||${randomUUID()}`];
      const stream = uniqueStream();
      const written = await store.append(stream, [newEvent()], 'no-stream', { idempotency: [write(kept, stream)] });
      expect((await other.find(kept))?.result).toMatchObject({ streamId: stream, position: written.position });
      await expect(store.append(stream, [newEvent()], 'no-stream', { idempotency: [write(freed, stream)] })).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      expect(await other.find(freed)).toBeUndefined();
    });
  });
});
