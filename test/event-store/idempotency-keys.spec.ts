import { jest } from '@jest/globals';
import { CommandExecutor } from '../../src/event-store/commands/command-executor';
import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import { IdempotencyKeys, IdempotencyKeyTaken, KeyWrite } from '../../src/event-store/idempotency/idempotency-keys';
import { KeysAfterAppend } from '../../src/event-store/idempotency/keys-after-append';
import { KeysBesideTheLog } from '../../src/event-store/projections/keys-beside-the-log';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { HashChainingEventStore } from '../../src/audit/hash-chain';
import { engineUpcasters } from '../../src/engine/engine-upcasters';
import { CommandEnvelope, Decider, DomainEvent } from '../../src/kernel/decider';
import { countEvents, newEvent, uniqueStream } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';

const AT = new Date('2013-09-24T10:00:00.000Z');
const keyFor = (streamId: string, scope = 'pga|officer||key-1', lastRevision = 1): KeyWrite => ({
  scope,
  fingerprint: 'fingerprint-1',
  streamId,
  firstRevision: 0,
  lastRevision,
});

describe('idempotency keys in the events file', () => {
  let dir: ReturnType<typeof temporaryDirectory>;
  let store: SqliteEventStore;
  let keys: IdempotencyKeys;
  beforeEach(() => {
    dir = temporaryDirectory();
    store = new SqliteEventStore({ path: `${dir.path}/events.db`, now: () => AT });
    keys = store.idempotencyKeys();
  });
  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  it('records a key with the append that carries its events: where they are, at the append position', async () => {
    const stream = uniqueStream();
    const written = await store.append(stream, [newEvent(), newEvent()], 'no-stream', { idempotency: [keyFor(stream)] });
    expect(await keys.find('pga|officer||key-1')).toEqual({
      fingerprint: 'fingerprint-1',
      recordedAt: AT,
      result: { streamId: stream, position: written.position, firstRevision: 0, lastRevision: 1 },
    });
  });

  it('records no key when the append is refused, and keeps the key and events of the others in its group commit', async () => {
    const [taken, other] = [uniqueStream(), uniqueStream()];
    await store.append(taken, [newEvent()], 'no-stream');
    const refused = store.append(taken, [newEvent()], 'no-stream', { idempotency: [keyFor(taken, 'refused')] });
    const kept = store.append(other, [newEvent()], 'no-stream', { idempotency: [keyFor(other, 'kept', 0)] });
    await expect(refused).rejects.toBeInstanceOf(ConcurrencyError);
    await kept;
    expect(await keys.find('refused')).toBeUndefined();
    expect((await keys.find('kept'))?.result?.streamId).toBe(other);
  });

  it('refuses the whole append when its key was recorded first (by another process): its events are not stored', async () => {
    const [first, second] = [uniqueStream(), uniqueStream()];
    await store.append(first, [newEvent()], 'no-stream', { idempotency: [keyFor(first, 'same', 0)] });
    const again = store.append(second, [newEvent()], 'no-stream', { idempotency: [keyFor(second, 'same', 0)] });
    await expect(again).rejects.toEqual(new IdempotencyKeyTaken('same'));
    expect(await store.readStream(second)).toEqual([]);
    expect((await keys.find('same'))?.result?.streamId).toBe(first);
  });

  it('passes the keys through the hash chain, which covers the events only', async () => {
    const chained = new HashChainingEventStore(store);
    const stream = uniqueStream();
    await chained.append(stream, [newEvent()], 'no-stream', { idempotency: [keyFor(stream, 'chained', 0)] });
    expect(chained.idempotencyKeys()).toBe(keys);
    expect((await keys.find('chained'))?.result?.lastRevision).toBe(0);
  });

  it('keeps the first answer of a key, adding it to the recorded result', async () => {
    const stream = uniqueStream();
    await store.append(stream, [newEvent(), newEvent()], 'no-stream', { idempotency: [keyFor(stream)] });
    await keys.recordAnswer('pga|officer||key-1', 'fingerprint-1', { position: '2' }, AT);
    await keys.recordAnswer('pga|officer||key-1', 'fingerprint-1', { position: 'later' }, AT);
    expect(await keys.find('pga|officer||key-1')).toMatchObject({ answer: { body: { position: '2' } }, result: { lastRevision: 1 } });
  });

  it('keeps the answer of a key whose request stored nothing', async () => {
    await keys.recordAnswer('nothing-stored', 'fingerprint-1', null, AT);
    expect(await keys.find('nothing-stored')).toEqual({ fingerprint: 'fingerprint-1', recordedAt: AT, answer: { body: null } });
  });

  it('forgets the keys recorded before a cutoff, and only those', async () => {
    await keys.recordAnswer('old', 'f', {}, new Date('2013-09-23T09:59:59.999Z'));
    await keys.recordAnswer('young', 'f', {}, new Date('2013-09-23T10:00:00.000Z'));
    expect(await keys.forgetRecordedBefore(new Date('2013-09-23T10:00:00.000Z'))).toBe(1);
    expect(await keys.find('old')).toBeUndefined();
    expect(await keys.find('young')).toBeDefined();
  });
});

type Tick = CommandEnvelope & { kind: 'Tick' };
const ticker: Decider<Tick, DomainEvent<'Ticked', { n: number }>, number> = {
  initialState: () => 0,
  decide: (_, n) => [{ type: 'Ticked', schemaVersion: 1, data: { n: n + 1 } }],
  evolve: (n) => n + 1,
};
const tick = (): Tick => ({ kind: 'Tick', actor: { role: 'pga', subject: 'officer' }, now: AT });

describe('CommandExecutor with idempotency keys', () => {
  let dir: ReturnType<typeof temporaryDirectory>;
  let store: SqliteEventStore;
  let otherProcess: SqliteEventStore;
  let runner: ProjectionRunner;
  let executor: CommandExecutor;
  const claim = { scope: 'pga|officer||tick-1', fingerprint: 'f' };
  beforeEach(async () => {
    dir = temporaryDirectory();
    store = new SqliteEventStore({ path: `${dir.path}/events.db`, pollIntervalMs: 20 });
    otherProcess = new SqliteEventStore({ path: `${dir.path}/events.db`, pollIntervalMs: 20 });
    runner = new ProjectionRunner(store, new ProjectionStore(':memory:'), engineUpcasters);
    await runner.start();
    executor = new CommandExecutor(store, runner, { retries: 3, projectionWaitMs: 10_000 }, engineUpcasters);
  });
  afterEach(async () => {
    await runner.stop();
    await Promise.all([store.close(), otherProcess.close()]);
    dir.remove();
  });

  const context = (idempotency = {}) => ({ correlationId: 'c', causationId: 'cause', idempotency: { ...claim, ...idempotency } });

  it('answers a recorded result from the log without deciding again', async () => {
    const stream = uniqueStream();
    const first = await executor.execute(stream, ticker, tick(), context());
    const recorded = (await store.idempotencyKeys().find(claim.scope))!.result!;
    const decide = jest.spyOn(ticker, 'decide');
    const again = await executor.execute(stream, ticker, tick(), context({ recorded }));
    expect(decide).not.toHaveBeenCalled();
    expect(again).toEqual(first);
    expect(await countEvents(store)).toBe(1);
  });

  it('refuses a command whose key another process recorded meanwhile, storing nothing, and runs the rest of its group', async () => {
    const [theirs, ours] = [uniqueStream(), uniqueStream()];
    await otherProcess.append(theirs, [newEvent()], 'no-stream', { idempotency: [keyFor(theirs, claim.scope, 0)] });
    const unkeyed = (n: number) => ({ correlationId: 'c', causationId: `cause-${n}` });
    // The first command's append is in flight while the next two queue up: they are decided and appended as one group.
    const [, lost, other] = await Promise.allSettled([
      executor.execute(ours, ticker, tick(), unkeyed(1)),
      executor.execute(ours, ticker, tick(), context()),
      executor.execute(ours, ticker, tick(), unkeyed(2)),
    ]);
    expect(lost).toMatchObject({ status: 'rejected', reason: { code: 'CONCURRENCY_CONFLICT', message: expect.stringContaining('retry') } });
    expect(other).toMatchObject({ status: 'fulfilled', value: { revision: 1 } });
    expect((await store.readStream(ours)).map((e) => e.metadata.causationId)).toEqual(['cause-1', 'cause-2']);
  });
});

describe('keys beside the log, for a store without such a transaction (EventStoreDB)', () => {
  it('records the key right after the append; a key recorded meanwhile does not fail the stored append', async () => {
    const inner = new SqliteEventStore({ path: ':memory:' });
    const beside = new KeysBesideTheLog(':memory:');
    const store = new KeysAfterAppend(inner, beside, () => AT);
    const [first, second] = [uniqueStream(), uniqueStream()];
    const written = await store.append(first, [newEvent()], 'no-stream', { idempotency: [keyFor(first, 'k', 0)] });
    expect(await store.idempotencyKeys().find('k')).toMatchObject({
      recordedAt: AT,
      result: { streamId: first, position: written.position },
    });
    await expect(store.append(second, [newEvent()], 'no-stream', { idempotency: [keyFor(second, 'k', 0)] })).resolves.toBeDefined();
    expect((await beside.find('k'))?.result?.streamId).toBe(first);
    await store.close();
  });
});
