import { comparePositions } from '../../src/kernel/position';
import { ProjectionTimeoutError } from '../../src/event-store/projections/projection-runner';
import { newEvent, uniqueStream } from '../support/events';
import {
  CountingProjection,
  summary,
  expectAppliedExactlyOnce,
  logPositions,
  append,
  after,
  positionsOf,
  tick,
  logs,
  cleanups,
  openStore,
  openDocuments,
  openRunner,
  useTestFiles,
} from './projection-runner.fixtures';

describe('ProjectionRunner: timeouts, failures and the order of concurrent writes', () => {
  useTestFiles();

  it('waitFor a position never reached rejects with ProjectionTimeoutError after the timeout', async () => {
    const { store } = openStore();
    const { documents } = openDocuments();
    const written = await append(store, uniqueStream(), ['A', 'B']);
    const { runner } = openRunner(store, documents, new CountingProjection('counts'));

    // Not started: nothing reached.
    const early = await runner.waitFor(written.position, 100).catch((e: unknown) => e);
    expect(early).toBeInstanceOf(ProjectionTimeoutError);
    expect(early).toMatchObject({ target: written.position, reached: undefined, waitedMs: 100 });

    await runner.start();
    const target = after(written.position, 1000);
    const error = await runner.waitFor(target, 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProjectionTimeoutError);
    expect(error).toMatchObject({ target, reached: written.position, waitedMs: 100 });
    expect((error as Error).message).toContain(`position ${target}`);

    // The runner is unaffected, and a timed-out waiter is not resolved again later.
    const more = await append(store, uniqueStream(), ['C']);
    await runner.waitFor(more.position, 10_000);
    expect(runner.error).toBeUndefined();
  });

  it('a projection that throws stops the runner: error set, waiters rejected, its partial batch not committed', async () => {
    const { store } = openStore();
    const { documents } = openDocuments();
    await append(store, uniqueStream(), ['Good', 'Good', 'Good']);
    const healthy = new CountingProjection('healthy');
    const fragile = new CountingProjection('fragile', 1, { failOn: 'Poison' });
    const { runner, stop } = openRunner(store, documents, healthy, fragile);
    await runner.start();
    const committed = runner.position!;
    const committedLog = await logPositions(store);

    const pending = runner.waitFor(after(committed, 100), 10_000).then(
      () => undefined,
      (e: unknown) => e,
    );
    // One append: Good and Good are applied in the same batch as Poison, before it fails.
    const poisoned = await append(store, uniqueStream(), ['Good', 'Good', 'Poison', 'Good']);

    const failure = await pending;
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^fragile cannot apply Poison at \d+$/);
    expect(runner.error).toBe(failure);
    await expect(runner.waitFor(committed, 10_000)).rejects.toBe(failure);
    await expect(runner.waitFor(poisoned.position, 10_000)).rejects.toBe(failure);
    expect(logs.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining('Projections stopped') }),
    );

    // Nothing of the failed batch is stored, for either projection.
    expect(runner.position).toBe(committed);
    for (const name of ['healthy', 'fragile']) {
      expect(documents.checkpoint(name).position).toBe(committed);
      expectAppliedExactlyOnce(documents, name, committedLog);
      expect(summary(documents, name).byType).toEqual({ Good: 3 });
    }

    // Stopped for good: a later event is delivered to other subscribers but not applied.
    const later = await append(store, uniqueStream(), ['Good']);
    await new Promise<void>((resolve) => {
      const watcher = store.subscribe(committed, (event) => {
        if (event.position === later.position) resolve();
      });
      cleanups.push(() => watcher.stop());
    });
    expect(runner.position).toBe(committed);
    expect(documents.checkpoint('healthy').position).toBe(committed);
    await stop();

    // Once fixed, a new runner resumes at the last committed batch and applies the rest exactly once.
    const healthyAgain = new CountingProjection('healthy');
    const fixed = new CountingProjection('fragile');
    const restarted = openRunner(store, documents, healthyAgain, fixed);
    await restarted.runner.start();
    const log = await logPositions(store);
    expect(positionsOf(healthyAgain.seen)).toEqual(log.slice(committedLog.length));
    expectAppliedExactlyOnce(documents, 'healthy', log);
    expectAppliedExactlyOnce(documents, 'fragile', log);
    expect(summary(documents, 'fragile').byType).toEqual({ Good: 7, Poison: 1 });
  });

  it('applies events from concurrently written streams, and from another connection, in increasing global position', async () => {
    const { store } = openStore();
    const other = openStore(); // a second writer on the same file, as another process would be
    const { documents } = openDocuments();
    const ordered = new CountingProjection('ordered');
    const { runner } = openRunner(store, documents, ordered);

    const streams = Array.from({ length: 8 }, (_, i) => uniqueStream(`s${i}`));
    const write = async (stream: string, i: number) => {
      const writer = i % 2 === 0 ? store : other.store;
      for (let revision = -1, round = 0; round < 6; round += 1) {
        const types = ['A', 'B', 'C'].slice(0, 1 + ((i + round) % 3));
        const result = await writer.append(
          stream,
          types.map((type) => newEvent(type, { stream, round })),
          revision < 0 ? 'no-stream' : revision,
        );
        revision = result.nextExpectedRevision;
      }
    };
    // The runner starts while the writers are busy: part catch-up, part live.
    const writing = Promise.all(streams.map(write));
    await tick();
    await runner.start();
    await writing;

    const log = await logPositions(store);
    await runner.waitFor(log[log.length - 1], 10_000);

    const seen = positionsOf(ordered.seen);
    expect(seen).toEqual(log);
    seen.slice(1).forEach((p, i) => expect(comparePositions(seen[i], p)).toBeLessThan(0));
    for (const stream of streams) {
      const revisions = ordered.seen.filter((e) => e.streamId === stream).map((e) => e.revision);
      expect(revisions).toEqual(Array.from({ length: revisions.length }, (_, i) => i));
    }
    expectAppliedExactlyOnce(documents, 'ordered', log);
  });
});
