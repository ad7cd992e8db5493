import { jest } from '@jest/globals';
import { CommandExecutor, CommandResult } from '../../src/event-store/commands/command-executor';
import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import { Actor, NewEvent, StoredEvent } from '../../src/event-store/event-store.port';
import { comparePositions, hasReached, toPosition } from '../../src/kernel/position';
import { Projection } from '../../src/kernel/projection';
import { ProjectionRunner, ProjectionTimeoutError } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { CommandEnvelope, Decider, DomainEvent } from '../../src/kernel/decider';
import { DomainError } from '../../src/kernel/domain-error';
import { captureNestLogs } from '../support/captured-logs';
import { countEvents, metadata, uniqueStream } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';
import { engineUpcasters } from '../../src/engine/engine-upcasters';

// ---------------------------------------------------------------------------------------------
// A tiny counter: `Increment` adds one (refused at `limit`), `Peek` decides nothing.
// Each event carries the value it brings the counter to, so a decision taken on stale state
// shows up as a repeated or skipped value.
// ---------------------------------------------------------------------------------------------

type CounterCommand = CommandEnvelope & ({ kind: 'Increment'; limit?: number } | { kind: 'Peek' });
type Incremented = DomainEvent<'Incremented', { value: number }>;
interface CounterState {
  count: number;
}

const SCHEMA_VERSION = 3;

const counter: Decider<CounterCommand, Incremented, CounterState> = {
  initialState: () => ({ count: 0 }),
  decide: (command, state) => {
    if (command.kind === 'Peek') return [];
    if (command.limit !== undefined && state.count >= command.limit) {
      throw new DomainError('INVALID_STATE', `The counter is already at its limit of ${command.limit}.`);
    }
    return [{ type: 'Incremented', schemaVersion: SCHEMA_VERSION, data: { value: state.count + 1 } }];
  },
  evolve: (state) => ({ count: state.count + 1 }),
};

const ACTOR: Actor = { role: 'pga', subject: 'pga-officer-7' };
const NOW = new Date('2013-09-24T10:15:30.250Z');

const increment = (limit?: number): CounterCommand => ({ kind: 'Increment', limit, actor: ACTOR, now: NOW });
const peek = (): CounterCommand => ({ kind: 'Peek', actor: ACTOR, now: NOW });
const context = (n = 0) => ({ correlationId: `corr-${n}`, causationId: `cause-${n}` });

/** Counts events per stream, so that read-your-writes can be checked on a real document. */
const countersProjection: Projection = {
  name: 'counters',
  version: 1,
  apply(event, documents) {
    const current = documents.get<{ count: number }>(event.streamId);
    documents.put(event.streamId, { count: (current?.count ?? 0) + 1, position: event.position });
  },
};

const value = (event: StoredEvent) => (event.data as { value: number }).value;

/** How many of the spied calls returned a promise that rejected. */
async function countRejected(results: Array<{ type: string; value: unknown }>): Promise<number> {
  const settled = await Promise.allSettled(results.map((r) => r.value));
  return settled.filter((s) => s.status === 'rejected').length;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('CommandExecutor on the embedded store', () => {
  let dir: { path: string; remove(): void };
  let store: SqliteEventStore;
  /** A second connection to the same file: "another process" writing behind the executor's back. */
  let otherWriter: SqliteEventStore;
  let documents: ProjectionStore;
  let runner: ProjectionRunner;
  let logs: ReturnType<typeof captureNestLogs>;

  const executor = (retries = 3, projectionWaitMs = 10_000, projections = runner) =>
    new CommandExecutor(store, projections, { retries, projectionWaitMs }, engineUpcasters);

  /** Appends the next Incremented on the stream through the other connection, as someone else would. */
  async function competingIncrement(streamId: string): Promise<StoredEvent> {
    const existing = await otherWriter.readStream(streamId);
    const event: NewEvent = {
      type: 'Incremented',
      data: { value: existing.length + 1 },
      metadata: metadata({ actor: { role: 'system', subject: 'competitor' }, schemaVersion: SCHEMA_VERSION }),
    };
    await otherWriter.append(streamId, [event], existing.length === 0 ? 'no-stream' : existing.length - 1);
    const [stored] = await otherWriter.readStream(streamId, { fromRevision: existing.length });
    return stored;
  }

  const eventCount = () => countEvents(store);

  beforeAll(async () => {
    logs = captureNestLogs();
    dir = temporaryDirectory();
    store = new SqliteEventStore({ path: `${dir.path}/events.db`, pollIntervalMs: 20 });
    otherWriter = new SqliteEventStore({ path: `${dir.path}/events.db`, pollIntervalMs: 20 });
    documents = new ProjectionStore(':memory:');
    runner = new ProjectionRunner(store, documents, engineUpcasters);
    runner.register(countersProjection);
    await runner.start();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await runner.stop();
    await otherWriter.close();
    await store.close();
    documents.close();
    dir.remove();
    logs.restore();
  });

  describe('what gets written', () => {
    it('stamps every event with the context ids, the command actor and time, and the event schema version', async () => {
      const stream = uniqueStream('counter');
      const result = await executor().execute(stream, counter, increment(), {
        correlationId: 'req-42',
        causationId: 'cmd-42',
      });

      const [stored] = await store.readStream(stream);
      expect(stored).toMatchObject({ streamId: stream, revision: 0, position: result.position, type: 'Incremented' });
      expect(stored.data).toEqual({ value: 1 });
      expect(stored.metadata).toEqual({
        correlationId: 'req-42',
        causationId: 'cmd-42',
        actor: ACTOR,
        occurredAt: '2013-09-24T10:15:30.250Z',
        schemaVersion: SCHEMA_VERSION,
        command: { kind: 'Increment' },
      });
      expect(result).toEqual({
        position: stored.position,
        revision: 0,
        events: [{ type: 'Incremented', schemaVersion: SCHEMA_VERSION, data: { value: 1 } }],
      });
    });

    it("appends the first event with 'no-stream' and later ones with the exact revision", async () => {
      const stream = uniqueStream('counter');
      const append = jest.spyOn(store, 'append');
      const subject = executor();
      for (let i = 0; i < 4; i += 1) await subject.execute(stream, counter, increment(), context(i));

      const ours = append.mock.calls.filter(([streamId]) => streamId === stream);
      expect(ours.map(([, , expected]) => expected)).toEqual(['no-stream', 0, 1, 2]);
      expect(ours.every(([, events]) => events.length === 1)).toBe(true);
      expect((await store.readStream(stream)).map(value)).toEqual([1, 2, 3, 4]);
    });

    it('stores nothing when decide throws a DomainError, and passes the error on unchanged', async () => {
      const stream = uniqueStream('counter');
      const subject = executor();
      await subject.execute(stream, counter, increment(1), context());
      const before = await eventCount();
      const append = jest.spyOn(store, 'append');

      const error = await subject.execute(stream, counter, increment(1), context(1)).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'INVALID_STATE', message: 'The counter is already at its limit of 1.' });
      expect(append).not.toHaveBeenCalled();
      expect(await eventCount()).toBe(before);
      expect((await store.readStream(stream)).map(value)).toEqual([1]);
    });

    it("writes nothing for a decision without events and returns the stream's last position and revision", async () => {
      const stream = uniqueStream('counter');
      const subject = executor();
      await subject.execute(stream, counter, increment(), context(0));
      const last = await subject.execute(stream, counter, increment(), context(1));
      const before = await eventCount();
      const append = jest.spyOn(store, 'append');

      const result = await subject.execute(stream, counter, peek(), context(2));

      expect(result).toEqual({ position: last.position, revision: 1, events: [] });
      // Another writer moves the stream on: the next empty decision reports its new end.
      append.mockClear();
      const theirs = await competingIncrement(stream);
      expect(await subject.execute(stream, counter, peek(), context(3))).toEqual({ position: theirs.position, revision: 2, events: [] });
      // A cold executor (nothing cached) reports the same.
      expect(await executor().execute(stream, counter, peek(), context(4))).toEqual({ position: theirs.position, revision: 2, events: [] });
      expect(append).not.toHaveBeenCalled();
      expect(await eventCount()).toBe(before + 1);
    });

    it('on an empty stream, a decision without events writes nothing and reports position "0", revision -1', async () => {
      const stream = uniqueStream('empty');
      const append = jest.spyOn(store, 'append');
      const result = await executor().execute(stream, counter, peek(), context());
      expect(result).toEqual({ position: toPosition(0), revision: -1, events: [] });
      expect(append).not.toHaveBeenCalled();
      expect(await store.readStream(stream)).toEqual([]);
    });
  });

  describe('optimistic concurrency', () => {
    it('retries a conflict on fresh state: competing events appended between read and write are folded in', async () => {
      const stream = uniqueStream('contested');
      const subject = executor(5);
      await subject.execute(stream, counter, increment(), context(0));

      // After each of the executor's next two reads, another process appends behind its back.
      const read = store.readStream.bind(store);
      let competitors = 2;
      const readStream = jest.spyOn(store, 'readStream').mockImplementation(async (streamId, options) => {
        const events = await read(streamId, options);
        if (streamId === stream && competitors > 0) {
          competitors -= 1;
          await competingIncrement(stream);
        }
        return events;
      });
      const append = jest.spyOn(store, 'append');

      const result = await subject.execute(stream, counter, increment(), context(1));

      // Each attempt read only what it had not seen yet, and expected the revision it had just read.
      expect(readStream.mock.calls.filter(([id]) => id === stream).map(([, options]) => options?.fromRevision)).toEqual([1, 1, 2]);
      expect(append.mock.calls.map(([, , expected]) => expected)).toEqual([0, 1, 2]);
      const events = await store.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2, 3]);
      expect(events.map(value)).toEqual([1, 2, 3, 4]);
      expect(events.map((e) => e.metadata.actor.subject)).toEqual(['pga-officer-7', 'competitor', 'competitor', 'pga-officer-7']);
      expect(result).toMatchObject({ revision: 3, position: events[3].position, events: [{ data: { value: 4 } }] });
    });

    it('retries a ConcurrencyError from the store the configured number of times, then succeeds', async () => {
      const stream = uniqueStream('flaky');
      const subject = executor(3);
      await subject.execute(stream, counter, increment(), context(0));
      const append = jest.spyOn(store, 'append');
      for (let i = 0; i < 3; i += 1) {
        append.mockImplementationOnce((streamId, _events, expected) => Promise.reject(new ConcurrencyError(streamId, expected, 7)));
      }

      const result = await subject.execute(stream, counter, increment(), context(1));

      expect(append).toHaveBeenCalledTimes(4);
      expect(append.mock.calls.map(([, , expected]) => expected)).toEqual([0, 0, 0, 0]);
      expect(result).toMatchObject({ revision: 1, events: [{ data: { value: 2 } }] });
      expect((await store.readStream(stream)).map(value)).toEqual([1, 2]);
    });

    it('after `retries` retries, throws CONCURRENCY_CONFLICT naming the stream, and stores nothing of its own', async () => {
      const stream = uniqueStream('hopeless');
      const retries = 3;
      const subject = executor(retries);
      await subject.execute(stream, counter, increment(), context(0));
      const before = await eventCount();

      const read = store.readStream.bind(store);
      jest.spyOn(store, 'readStream').mockImplementation(async (streamId, options) => {
        const events = await read(streamId, options);
        if (streamId === stream) await competingIncrement(stream);
        return events;
      });
      const append = jest.spyOn(store, 'append');

      const error = await subject.execute(stream, counter, increment(), context(1)).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { streamId: stream, attempts: retries + 1 } });
      expect((error as DomainError).message).toContain(stream);
      expect(append).toHaveBeenCalledTimes(retries + 1);
      jest.restoreAllMocks();
      const events = await store.readStream(stream);
      // The executor's first event, then one competitor per attempt, and nothing else.
      expect(events.map((e) => e.metadata.actor.subject)).toEqual(['pga-officer-7', ...Array(retries + 1).fill('competitor')]);
      expect(events.map(value)).toEqual(range(1, retries + 2));
      expect(await eventCount()).toBe(before + retries + 1);
    });

    it('with retries 0, a single conflict is reported at once', async () => {
      const stream = uniqueStream('no-retry');
      const subject = executor(0);
      await subject.execute(stream, counter, increment(), context(0));
      const append = jest
        .spyOn(store, 'append')
        .mockImplementationOnce((streamId, _events, expected) => Promise.reject(new ConcurrencyError(streamId, expected, 1)));
      await expect(subject.execute(stream, counter, increment(), context(1))).rejects.toMatchObject({
        code: 'CONCURRENCY_CONFLICT',
        details: { streamId: stream, attempts: 1 },
      });
      expect(append).toHaveBeenCalledTimes(1);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('does not retry other store errors', async () => {
      const stream = uniqueStream('broken');
      const subject = executor(5);
      const append = jest.spyOn(store, 'append').mockImplementationOnce(() => Promise.reject(new Error('disk I/O error')));
      await expect(subject.execute(stream, counter, increment(), context())).rejects.toThrow('disk I/O error');
      expect(append).toHaveBeenCalledTimes(1);
      expect(await store.readStream(stream)).toEqual([]);
    });
  });

  describe('real contention', () => {
    const CALLS = 30;

    async function expectExactlyOnce(stream: string, count: number): Promise<StoredEvent[]> {
      const events = await store.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual(range(0, count - 1));
      expect(events.map(value)).toEqual(range(1, count));
      return events;
    }

    /** `results[i]` answers the call made with `context(base + i)`: its event is the one at its revision. */
    function expectEachCallGotItsOwnEvent(results: Array<CommandResult<Incremented>>, events: StoredEvent[], base = 0): void {
      results.forEach((r, i) => {
        expect(r.events).toEqual([{ type: 'Incremented', schemaVersion: SCHEMA_VERSION, data: { value: r.revision + 1 } }]);
        const own = events[r.revision];
        expect(own.metadata).toMatchObject(context(base + i));
        // The position is where its event is visible: that of its own event or of a later one of the same append.
        expect(comparePositions(r.position, own.position)).toBeGreaterThanOrEqual(0);
        expect(events.map((e) => e.position)).toContain(r.position);
        expect(hasReached(runner.position, r.position)).toBe(true);
      });
    }

    it(`${CALLS} concurrent Increments on one stream, one executor: all succeed, nothing lost, nothing duplicated`, async () => {
      const stream = uniqueStream('hot');
      const subject = executor(50);
      const results = await Promise.all(Array.from({ length: CALLS }, (_, i) => subject.execute(stream, counter, increment(), context(i))));

      const events = await expectExactlyOnce(stream, CALLS);
      expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual(range(0, CALLS - 1));
      expectEachCallGotItsOwnEvent(results, events);
      // The final state folds to 30: one more Increment with limit 30 is refused.
      await expect(subject.execute(stream, counter, increment(CALLS), context(99))).rejects.toMatchObject({ code: 'INVALID_STATE' });
      expect(documents.get(countersProjection.name, stream)).toMatchObject({ count: CALLS });
    });

    it(`${CALLS} concurrent Increments through three executors on two connections (three processes) with retries 50`, async () => {
      const stream = uniqueStream('three-processes');
      const executors = [
        executor(50),
        executor(50),
        new CommandExecutor(otherWriter, runner, { retries: 50, projectionWaitMs: 10_000 }, engineUpcasters),
      ];
      const append = jest.spyOn(store, 'append');
      const otherAppend = jest.spyOn(otherWriter, 'append');
      const results = await Promise.all(
        Array.from({ length: CALLS }, (_, i) => executors[i % 3].execute(stream, counter, increment(), context(i))),
      );

      const events = await expectExactlyOnce(stream, CALLS);
      expect(results.map((r) => r.revision).sort((a, b) => a - b)).toEqual(range(0, CALLS - 1));
      expectEachCallGotItsOwnEvent(results, events);
      // There was real contention: some appends were refused and retried.
      const refused = await countRejected([...append.mock.results, ...otherAppend.mock.results]);
      expect(refused).toBeGreaterThan(0);
    });

    it('with retries 0, each call succeeds or fails with CONCURRENCY_CONFLICT, and events equal successes', async () => {
      const stream = uniqueStream('no-retries');
      const executors = [
        executor(0),
        executor(0),
        new CommandExecutor(otherWriter, runner, { retries: 0, projectionWaitMs: 10_000 }, engineUpcasters),
      ];
      let successes = 0;
      let failures = 0;
      // A few waves, so that later waves start from warm caches and a non-empty stream.
      for (let wave = 0; wave < 3; wave += 1) {
        const base = wave * 100;
        const outcomes = await Promise.allSettled(
          Array.from({ length: CALLS }, (_, i) => executors[i % 3].execute(stream, counter, increment(), context(base + i))),
        );
        const won = outcomes.filter((o): o is PromiseFulfilledResult<CommandResult<Incremented>> => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        lost.forEach((o) => {
          expect(o.reason).toBeInstanceOf(DomainError);
          expect(o.reason).toMatchObject({ code: 'CONCURRENCY_CONFLICT', details: { streamId: stream, attempts: 1 } });
        });
        expect(won.length).toBeGreaterThanOrEqual(1);
        expect(new Set(won.map((o) => o.value.revision)).size).toBe(won.length);
        successes += won.length;
        failures += lost.length;
      }
      const events = await expectExactlyOnce(stream, successes);
      expect(successes + failures).toBe(3 * CALLS);
      expect(failures).toBeGreaterThan(0);
      // Exactly the successful calls' events were stored, once each.
      expect(new Set(events.map((e) => e.metadata.correlationId)).size).toBe(successes);
    });

    it('commands arriving while an append is in flight are decided in turn on the evolving state and share one append', async () => {
      const stream = uniqueStream('grouped');
      const subject = executor(0);
      const append = jest.spyOn(store, 'append');
      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => subject.execute(stream, counter, increment(5), context(i))),
      );

      // The limit is applied in turn: five get through, three are refused, none is lost to a conflict.
      expect(outcomes.map((o) => o.status)).toEqual([...Array(5).fill('fulfilled'), ...Array(3).fill('rejected')]);
      outcomes.slice(5).forEach((o) => expect((o as PromiseRejectedResult).reason).toMatchObject({ code: 'INVALID_STATE' }));
      const events = await expectExactlyOnce(stream, 5);
      expect(events.map((e) => e.metadata.correlationId)).toEqual(range(0, 4).map((i) => `corr-${i}`));
      const sizes = append.mock.calls.filter(([id]) => id === stream).map(([, written]) => written.length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(5);
      expect(sizes.length).toBeLessThan(5);
    });
  });

  describe('stream state cache', () => {
    it('reads only the events appended since the last command, including those of another writer', async () => {
      const stream = uniqueStream('cached');
      const subject = executor();
      const read = jest.spyOn(store, 'readStream');
      const reads = () => read.mock.calls.filter(([id]) => id === stream);

      await subject.execute(stream, counter, increment(), context(0));
      await subject.execute(stream, counter, increment(), context(1));
      expect(reads().map(([, options]) => options?.fromRevision)).toEqual([0, 1]);
      expect(await read.mock.results[read.mock.calls.indexOf(reads()[1])].value).toEqual([]);

      // Another process appends revision 2: the next decision sees it (value 4, not 3).
      await competingIncrement(stream);
      const third = await subject.execute(stream, counter, increment(), context(2));
      expect(third).toMatchObject({ revision: 3, events: [{ data: { value: 4 } }] });
      expect(reads()[2][1]?.fromRevision).toBe(2);
      const gained = (await read.mock.results[read.mock.calls.indexOf(reads()[2])].value) as StoredEvent[];
      expect(gained.map((e) => e.revision)).toEqual([2]);

      // A limit is judged on the cached fold plus the other writer's event: the count is 4, not 3.
      await expect(subject.execute(stream, counter, increment(4), context(3))).rejects.toMatchObject({ code: 'INVALID_STATE' });
      expect(reads()[3][1]?.fromRevision).toBe(4);

      // A cold executor (another process) reads everything and reaches the same state...
      const cold = await executor().execute(stream, counter, increment(), context(4));
      expect(reads()[4][1]?.fromRevision).toBe(0);
      expect(cold).toMatchObject({ revision: 4, events: [{ data: { value: 5 } }] });
      // ...and the warm one picks up its event too.
      const warm = await subject.execute(stream, counter, increment(), context(5));
      expect(reads()[5][1]?.fromRevision).toBe(4);
      expect(warm).toMatchObject({ revision: 5, events: [{ data: { value: 6 } }] });
      expect((await otherWriter.readStream(stream)).map(value)).toEqual([1, 2, 3, 4, 5, 6]);
    });
  });

  describe('stream state cache with two deciders on one stream', () => {
    /** A second decision model over the same stream, with a state of another shape. */
    const auditor: Decider<CommandEnvelope, DomainEvent<'Audited', { seen: string[] }>, { types: string[] }> = {
      initialState: () => ({ types: [] }),
      decide: (_command, state) => [{ type: 'Audited', schemaVersion: 1, data: { seen: [...state.types] } }],
      evolve: (state, event) => ({ types: [...state.types, event.type] }),
    };

    it('a cold executor folds the stream with the decider it is given', async () => {
      const stream = uniqueStream('shared');
      await executor().execute(stream, counter, increment(), context(0));
      const result = await executor().execute(stream, auditor, { actor: ACTOR, now: NOW }, context(1));
      expect(result.events).toEqual([{ type: 'Audited', schemaVersion: 1, data: { seen: ['Incremented'] } }]);
    });

    // The state cache is kept per decider: a warm executor must not hand `auditor` the counter's fold.
    it('a warm executor also folds the stream with the decider it is given', async () => {
      const stream = uniqueStream('shared');
      const subject = executor();
      await subject.execute(stream, counter, increment(), context(0));
      const result = await subject.execute(stream, auditor, { actor: ACTOR, now: NOW }, context(1));
      expect(result.events).toEqual([{ type: 'Audited', schemaVersion: 1, data: { seen: ['Incremented'] } }]);
    });
  });

  describe('read-your-writes', () => {
    it('when execute resolves, the projections have applied the written events', async () => {
      const stream = uniqueStream('ryw');
      const subject = executor();
      for (let i = 1; i <= 5; i += 1) {
        const result = await subject.execute(stream, counter, increment(), context(i));
        // Checked synchronously on resolution, before anything else can run.
        expect(hasReached(runner.position, result.position)).toBe(true);
        expect(documents.get(countersProjection.name, stream)).toEqual({ count: i, position: result.position });
      }
    });

    it('holds for every one of many concurrent commands', async () => {
      const streams = [uniqueStream('ryw-a'), uniqueStream('ryw-b'), uniqueStream('ryw-c')];
      const subject = executor(50);
      const checks: Array<Promise<void>> = [];
      for (let i = 0; i < 24; i += 1) {
        const stream = streams[i % streams.length];
        checks.push(
          subject.execute(stream, counter, increment(), context(i)).then((result) => {
            expect(hasReached(runner.position, result.position)).toBe(true);
            const doc = documents.get<{ count: number; position: string }>(countersProjection.name, stream);
            expect(doc!.count).toBeGreaterThanOrEqual(result.revision + 1);
            expect(comparePositions(toPosition(doc!.position), result.position)).toBeGreaterThanOrEqual(0);
          }),
        );
      }
      await Promise.all(checks);
    });

    it('a decision without events on an existing stream also waits for the projections', async () => {
      const stream = uniqueStream('ryw-peek');
      await competingIncrement(stream); // written by the other connection: only polling brings it to the runner
      const result = await executor().execute(stream, counter, peek(), context());
      expect(result.revision).toBe(0);
      expect(hasReached(runner.position, result.position)).toBe(true);
      expect(documents.get(countersProjection.name, stream)).toMatchObject({ count: 1 });
    });

    it('when the projections do not catch up in time, the command fails with ProjectionTimeoutError but its event is stored', async () => {
      const stream = uniqueStream('lagging');
      const idleDocuments = new ProjectionStore(':memory:');
      const idle = new ProjectionRunner(store, idleDocuments, engineUpcasters); // never started
      const error = await executor(3, 50, idle)
        .execute(stream, counter, increment(), context())
        .catch((e: unknown) => e);
      idleDocuments.close();
      expect(error).toBeInstanceOf(ProjectionTimeoutError);
      expect(await store.readStream(stream)).toHaveLength(1);
    });
  });
});
