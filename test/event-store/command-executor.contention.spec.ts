import { jest } from '@jest/globals';
import { CommandExecutor, CommandResult } from '../../src/event-store/commands/command-executor';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { comparePositions, hasReached, toPosition } from '../../src/kernel/position';
import { ProjectionRunner, ProjectionTimeoutError } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { CommandEnvelope, Decider, DomainEvent } from '../../src/kernel/decider';
import { DomainError } from '../../src/kernel/domain-error';
import { uniqueStream } from '../support/events';
import { engineUpcasters } from '../../src/engine/engine-upcasters';
import {
  Incremented,
  SCHEMA_VERSION,
  counter,
  ACTOR,
  NOW,
  increment,
  peek,
  context,
  countersProjection,
  value,
  countRejected,
  range,
  store,
  otherWriter,
  documents,
  runner,
  executor,
  competingIncrement,
  useEmbeddedStore,
} from './command-executor.fixtures';

describe('CommandExecutor on the embedded store: contention, the state cache, read-your-writes', () => {
  useEmbeddedStore();

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
