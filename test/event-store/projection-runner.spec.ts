import { AppendResult, EventStore, Position, StoredEvent } from '../../src/event-store/event-store.port';
import { comparePositions, toPosition } from '../../src/kernel/position';
import { DocumentWriter, Projection } from '../../src/kernel/projection';
import { ProjectionRunner, ProjectionTimeoutError } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { captureNestLogs } from '../support/captured-logs';
import { newEvent, uniqueStream } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';
import { engineUpcasters } from '../../src/engine/engine-upcasters';

// ---------------------------------------------------------------------------------------------
// A counting projection: documents `total`, `type:<type>` and one `applied:<position>` per event
// with the number of times it was applied, so a double application shows up in the documents.
// The instance also remembers, in memory, every event it was handed, in order.
// ---------------------------------------------------------------------------------------------

interface Counter {
  count: number;
}
interface Applied {
  position: Position;
  times: number;
}

class CountingProjection implements Projection {
  readonly seen: StoredEvent[] = [];

  constructor(
    readonly name: string,
    readonly version = 1,
    private readonly quirks: { failOn?: string; unserializableOn?: string } = {},
  ) {}

  apply(event: StoredEvent, documents: DocumentWriter): void {
    bump(documents, 'total');
    bump(documents, `type:${event.type}`);
    const key = appliedKey(event.position);
    const applied = documents.get<Applied>(key);
    documents.put<Applied>(key, { position: event.position, times: (applied?.times ?? 0) + 1 });
    if (event.type === this.quirks.unserializableOn) documents.put('broken', { value: 1n });
    if (event.type === this.quirks.failOn) throw new Error(`${this.name} cannot apply ${event.type} at ${event.position}`);
    this.seen.push(event);
  }
}

function bump(documents: DocumentWriter, key: string): void {
  documents.put<Counter>(key, { count: (documents.get<Counter>(key)?.count ?? 0) + 1 });
}

const appliedKey = (position: Position) => `applied:${position.padStart(16, '0')}`;

function summary(documents: ProjectionStore, name: string) {
  const byType: Record<string, number> = {};
  for (const type of ['A', 'B', 'C', 'Good', 'Poison', 'Unserializable']) {
    const counter = documents.get<Counter>(name, `type:${type}`);
    if (counter) byType[type] = counter.count;
  }
  return {
    total: documents.get<Counter>(name, 'total')?.count ?? 0,
    byType,
    applied: documents.list<Applied>(name, 'applied:'),
    checkpoint: documents.checkpoint(name),
  };
}

/** Every event of the log applied exactly once, and the checkpoint at the end of the log. */
function expectAppliedExactlyOnce(documents: ProjectionStore, name: string, log: Position[]): void {
  const { total, applied, checkpoint } = summary(documents, name);
  expect(applied.map((a) => a.position)).toEqual(log);
  expect(applied.filter((a) => a.times !== 1)).toEqual([]);
  expect(total).toBe(log.length);
  expect(checkpoint.position).toBe(log[log.length - 1]);
}

async function logPositions(store: EventStore): Promise<Position[]> {
  const positions: Position[] = [];
  let page = await store.readAll({ maxCount: 1000 });
  while (page.length > 0) {
    positions.push(...page.map((e) => e.position));
    page = await store.readAll({ fromPosition: page[page.length - 1].position, maxCount: 1000 });
  }
  return positions;
}

function append(store: EventStore, stream: string, types: string[]): Promise<AppendResult> {
  return store.append(
    stream,
    types.map((type, i) => newEvent(type, { i })),
    'any',
  );
}

const repeat = (type: string, n: number) => Array<string>(n).fill(type);
const after = (position: Position, n: number) => toPosition(BigInt(position) + BigInt(n));
const positionsOf = (events: StoredEvent[]) => events.map((e) => e.position);
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('ProjectionRunner', () => {
  let logs: ReturnType<typeof captureNestLogs>;
  let dir: { path: string; remove(): void };
  let cleanups: Array<() => Promise<void> | void>;

  beforeAll(() => {
    logs = captureNestLogs();
  });
  afterAll(() => logs.restore());

  beforeEach(() => {
    dir = temporaryDirectory();
    cleanups = [];
  });

  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    dir.remove();
  });

  /** Resources on the test's files, closed (once) after the test, latest first. */
  function once(close: () => Promise<void> | void): () => Promise<void> {
    let closed = false;
    const closeOnce = async () => {
      if (closed) return;
      closed = true;
      await close();
    };
    cleanups.push(closeOnce);
    return closeOnce;
  }

  function openStore() {
    const store = new SqliteEventStore({ path: `${dir.path}/events.db`, pollIntervalMs: 20 });
    return { store, close: once(() => store.close()) };
  }

  function openDocuments() {
    const documents = new ProjectionStore(`${dir.path}/projections.db`);
    return { documents, close: once(() => documents.close()) };
  }

  function openRunner(store: EventStore, documents: ProjectionStore, ...projections: Projection[]) {
    const runner = new ProjectionRunner(store, documents, engineUpcasters);
    projections.forEach((p) => runner.register(p));
    return { runner, stop: once(() => runner.stop()) };
  }

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
