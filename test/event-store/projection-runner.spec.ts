import { toPosition } from '../../src/kernel/position';
import { uniqueStream } from '../support/events';
import {
  CountingProjection,
  summary,
  expectAppliedExactlyOnce,
  logPositions,
  append,
  repeat,
  after,
  positionsOf,
  tick,
  logs,
  openStore,
  openDocuments,
  openRunner,
  useTestFiles,
} from './projection-runner.fixtures';

describe('ProjectionRunner', () => {
  useTestFiles();

  it('catches up from zero on start, then applies live events; waitFor resolves once they are applied', async () => {
    const { store } = openStore();
    const { documents } = openDocuments();
    // More than one subscription page (500) and more than one runner batch (2000).
    await append(store, uniqueStream('a'), repeat('A', 1200));
    await append(store, uniqueStream('b'), repeat('B', 1300));
    await append(store, uniqueStream('a'), ['A', 'B']);
    const before = await logPositions(store);
    const counts = new CountingProjection('counts');
    const { runner } = openRunner(store, documents, counts);

    await runner.start();

    // start() resolves caught up: everything is applied and committed, nothing awaited.
    expect(summary(documents, 'counts').byType).toEqual({ A: 1201, B: 1301 });
    expectAppliedExactlyOnce(documents, 'counts', before);
    expect(positionsOf(counts.seen)).toEqual(before);
    expect(runner.position).toBe(before[before.length - 1]);

    // Live: a waiter registered before the event exists resolves once the event is applied.
    const next = after(before[before.length - 1], 1);
    let seenOnResolve: ReturnType<typeof summary> | undefined;
    const waiting = runner.waitFor(next, 10_000).then(() => {
      seenOnResolve = summary(documents, 'counts');
    });
    await tick();
    expect(seenOnResolve).toBeUndefined();
    const live = await append(store, uniqueStream('c'), ['C', 'C', 'C']);
    expect(live.position).toBe(after(next, 2));
    await waiting;
    expect(seenOnResolve!.byType.C).toBeGreaterThanOrEqual(1);
    expect(seenOnResolve!.applied.map((a) => a.position)).toContain(next);

    await runner.waitFor(live.position, 10_000);
    const all = await logPositions(store);
    expectAppliedExactlyOnce(documents, 'counts', all);
    expect(summary(documents, 'counts').byType).toEqual({ A: 1201, B: 1301, C: 3 });
    expect(positionsOf(counts.seen)).toEqual(all);
    // An already reached position resolves at once.
    await runner.waitFor(before[0], 10_000);
  });

  it('commits checkpoints with documents: a new runner on the same files applies each event exactly once overall', async () => {
    const first = openStore();
    const firstDocuments = openDocuments();
    await append(first.store, uniqueStream(), ['A', 'B', 'A', 'B']);
    const counts = new CountingProjection('counts');
    const firstRunner = openRunner(first.store, firstDocuments.documents, counts);
    await firstRunner.runner.start();
    const live = await append(first.store, uniqueStream(), ['C', 'C', 'A']);
    await firstRunner.runner.waitFor(live.position, 10_000);
    await firstRunner.stop();
    // Appended while no runner is running: nobody applies these yet.
    await append(first.store, uniqueStream(), ['B', 'B', 'C']);
    const appliedByFirst = positionsOf(counts.seen);
    expect(appliedByFirst).toHaveLength(7);
    await first.close();
    await firstDocuments.close();

    // "Restart the process": new store, projection store and runner on the same files, plus a
    // projection that has never run (so the runner must replay from zero, skipping for `counts`).
    const second = openStore();
    const secondDocuments = openDocuments();
    const countsAgain = new CountingProjection('counts');
    const newcomer = new CountingProjection('newcomer');
    const secondRunner = openRunner(second.store, secondDocuments.documents, countsAgain, newcomer);
    await secondRunner.runner.start();
    const more = await append(second.store, uniqueStream(), ['A', 'C']);
    await secondRunner.runner.waitFor(more.position, 10_000);

    const log = await logPositions(second.store);
    expect(log).toHaveLength(12);
    // The resumed projection was handed only what it had not committed; the new one everything.
    expect(positionsOf(countsAgain.seen)).toEqual(log.slice(7));
    expect(positionsOf(newcomer.seen)).toEqual(log);
    for (const name of ['counts', 'newcomer']) {
      expectAppliedExactlyOnce(secondDocuments.documents, name, log);
      expect(summary(secondDocuments.documents, name).byType).toEqual({ A: 4, B: 4, C: 4 });
    }
  });

  it('starts from the lowest checkpoint when projections are at different ones; each is handed only what it lacks', async () => {
    const { store } = openStore();
    const { documents } = openDocuments();
    await append(store, uniqueStream(), ['A', 'B', 'C']);
    const alone = openRunner(store, documents, new CountingProjection('behind'));
    await alone.runner.start();
    await alone.stop();
    await append(store, uniqueStream(), ['A', 'B']);
    const other = openRunner(store, documents, new CountingProjection('ahead'));
    await other.runner.start();
    await other.stop();
    await append(store, uniqueStream(), ['C', 'C']);
    const log = await logPositions(store);
    expect(documents.checkpoint('behind').position).toBe(log[2]);
    expect(documents.checkpoint('ahead').position).toBe(log[4]);

    const behind = new CountingProjection('behind');
    const ahead = new CountingProjection('ahead');
    const both = openRunner(store, documents, ahead, behind);
    await both.runner.start();

    expect(positionsOf(behind.seen)).toEqual(log.slice(3));
    expect(positionsOf(ahead.seen)).toEqual(log.slice(5));
    expect(both.runner.position).toBe(log[log.length - 1]);
    expectAppliedExactlyOnce(documents, 'behind', log);
    expectAppliedExactlyOnce(documents, 'ahead', log);
  });

  it('commits a batch whole or not at all: a failed commit leaves neither documents nor checkpoints', async () => {
    const { store } = openStore();
    const { documents } = openDocuments();
    await append(store, uniqueStream(), ['A', 'B', 'Unserializable', 'C']);
    const plain = new CountingProjection('plain');
    const broken = new CountingProjection('broken', 1, { unserializableOn: 'Unserializable' });
    const { runner, stop } = openRunner(store, documents, plain, broken);

    // `broken` puts a BigInt, which cannot be stored: the commit of the catch-up batch throws.
    await expect(runner.start()).rejects.toThrow(/BigInt/);
    expect(runner.error?.message).toMatch(/BigInt/);
    for (const name of ['plain', 'broken']) {
      expect(documents.list(name, '')).toEqual([]);
      expect(documents.checkpoint(name).position).toBeUndefined();
    }
    await expect(runner.waitFor(toPosition(1), 10_000)).rejects.toBe(runner.error);
    await stop();

    // Fixed, it starts from zero and applies each event once.
    const plainAgain = new CountingProjection('plain');
    const fixed = new CountingProjection('broken');
    const restarted = openRunner(store, documents, plainAgain, fixed);
    await restarted.runner.start();
    const log = await logPositions(store);
    expectAppliedExactlyOnce(documents, 'plain', log);
    expectAppliedExactlyOnce(documents, 'broken', log);
  });

  it('rebuild(name) drops and replays one projection to the same documents; the others are not re-applied', async () => {
    const { store } = openStore();
    const { documents } = openDocuments();
    for (let i = 0; i < 5; i += 1) await append(store, uniqueStream(), ['A', 'B', 'C', 'A'].slice(0, 1 + (i % 4)));
    const rebuilt = new CountingProjection('rebuilt');
    const bystander = new CountingProjection('bystander');
    const { runner } = openRunner(store, documents, rebuilt, bystander);
    await runner.start();
    const live = await append(store, uniqueStream(), ['C', 'B', 'A']);
    await runner.waitFor(live.position, 10_000);

    const before = { rebuilt: documents.list(rebuilt.name, ''), bystander: documents.list(bystander.name, '') };
    const seenBefore = { rebuilt: rebuilt.seen.length, bystander: bystander.seen.length };
    const log = await logPositions(store);
    expect(seenBefore).toEqual({ rebuilt: log.length, bystander: log.length });

    await runner.rebuild('rebuilt');

    expect(documents.list(rebuilt.name, '')).toEqual(before.rebuilt);
    expect(documents.list(bystander.name, '')).toEqual(before.bystander);
    expect(positionsOf(rebuilt.seen.slice(seenBefore.rebuilt))).toEqual(log); // replayed from zero
    expect(bystander.seen).toHaveLength(seenBefore.bystander); // not handed anything again
    expectAppliedExactlyOnce(documents, 'rebuilt', log);
    expectAppliedExactlyOnce(documents, 'bystander', log);

    // Live delivery goes on for both.
    const later = await append(store, uniqueStream(), ['A']);
    await runner.waitFor(later.position, 10_000);
    const all = await logPositions(store);
    expectAppliedExactlyOnce(documents, 'rebuilt', all);
    expectAppliedExactlyOnce(documents, 'bystander', all);
    await expect(runner.rebuild('nonexistent')).rejects.toThrow('No projection named nonexistent');
  });

  it('rebuilds a projection whose version changed at the next start, and only that one', async () => {
    const { store } = openStore();
    const { documents } = openDocuments();
    await append(store, uniqueStream(), ['A', 'B', 'B', 'C']);
    const first = openRunner(store, documents, new CountingProjection('counts', 1), new CountingProjection('steady', 1));
    await first.runner.start();
    await first.stop();
    const log = await logPositions(store);
    const steadyBefore = documents.list('steady', '');

    const bumped = new CountingProjection('counts', 2);
    const steady = new CountingProjection('steady', 1);
    const second = openRunner(store, documents, bumped, steady);
    await second.runner.start();

    expect(logs.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/counts changed from version 1 to 2: rebuilding/) }),
    );
    expect(positionsOf(bumped.seen)).toEqual(log);
    expect(steady.seen).toEqual([]);
    expectAppliedExactlyOnce(documents, 'counts', log); // replayed into emptied documents, not on top of them
    expect(summary(documents, 'counts').byType).toEqual({ A: 1, B: 2, C: 1 });
    expect(documents.checkpoint('counts')).toEqual({ position: log[log.length - 1], version: 2 });
    expect(documents.list('steady', '')).toEqual(steadyBefore);
    expect(documents.checkpoint('steady').version).toBe(1);
  });
});
