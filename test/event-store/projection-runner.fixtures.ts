/** The projection runner's specs share these: a counting projection, and stores, documents and runners on each test's own files. */
import { AppendResult, EventStore, Position, StoredEvent } from '../../src/event-store/event-store.port';
import { toPosition } from '../../src/kernel/position';
import { DocumentWriter, Projection } from '../../src/kernel/projection';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { captureNestLogs } from '../support/captured-logs';
import { newEvent } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';
import { engineUpcasters } from '../../src/engine/engine-upcasters';

// ---------------------------------------------------------------------------------------------
// A counting projection: documents `total`, `type:<type>` and one `applied:<position>` per event
// with the number of times it was applied, so a double application shows up in the documents.
// The instance also remembers, in memory, every event it was handed, in order.
// ---------------------------------------------------------------------------------------------

export interface Counter {
  count: number;
}
export interface Applied {
  position: Position;
  times: number;
}

export class CountingProjection implements Projection {
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

export function bump(documents: DocumentWriter, key: string): void {
  documents.put<Counter>(key, { count: (documents.get<Counter>(key)?.count ?? 0) + 1 });
}

export const appliedKey = (position: Position) => `applied:${position.padStart(16, '0')}`;

export function summary(documents: ProjectionStore, name: string) {
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
export function expectAppliedExactlyOnce(documents: ProjectionStore, name: string, log: Position[]): void {
  const { total, applied, checkpoint } = summary(documents, name);
  expect(applied.map((a) => a.position)).toEqual(log);
  expect(applied.filter((a) => a.times !== 1)).toEqual([]);
  expect(total).toBe(log.length);
  expect(checkpoint.position).toBe(log[log.length - 1]);
}

export async function logPositions(store: EventStore): Promise<Position[]> {
  const positions: Position[] = [];
  let page = await store.readAll({ maxCount: 1000 });
  while (page.length > 0) {
    positions.push(...page.map((e) => e.position));
    page = await store.readAll({ fromPosition: page[page.length - 1].position, maxCount: 1000 });
  }
  return positions;
}

export function append(store: EventStore, stream: string, types: string[]): Promise<AppendResult> {
  return store.append(
    stream,
    types.map((type, i) => newEvent(type, { i })),
    'any',
  );
}

export const repeat = (type: string, n: number) => Array<string>(n).fill(type);
export const after = (position: Position, n: number) => toPosition(BigInt(position) + BigInt(n));
export const positionsOf = (events: StoredEvent[]) => events.map((e) => e.position);
export const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export let logs: ReturnType<typeof captureNestLogs>;
export let dir: { path: string; remove(): void };
export let cleanups: Array<() => Promise<void> | void>;

/** Resources on the test's files, closed (once) after the test, latest first. */
export function once(close: () => Promise<void> | void): () => Promise<void> {
  let closed = false;
  const closeOnce = async () => {
    if (closed) return;
    closed = true;
    await close();
  };
  cleanups.push(closeOnce);
  return closeOnce;
}

export function openStore() {
  const store = new SqliteEventStore({ path: `${dir.path}/events.db`, pollIntervalMs: 20 });
  return { store, close: once(() => store.close()) };
}

export function openDocuments() {
  const documents = new ProjectionStore(`${dir.path}/projections.db`);
  return { documents, close: once(() => documents.close()) };
}

export function openRunner(store: EventStore, documents: ProjectionStore, ...projections: Projection[]) {
  const runner = new ProjectionRunner(store, documents, engineUpcasters);
  projections.forEach((p) => runner.register(p));
  return { runner, stop: once(() => runner.stop()) };
}

/** Each test of the calling block gets a folder of its own; what it opened with openStore, openDocuments and openRunner is closed after it, latest first. */
export function useTestFiles(): void {
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
}
