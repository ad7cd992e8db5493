/** The command executor's specs share these: a tiny counter decider, and an embedded store with a projection runner. */
import { jest } from '@jest/globals';
import { CommandExecutor } from '../../src/event-store/commands/command-executor';
import { Actor, NewEvent, StoredEvent } from '../../src/event-store/event-store.port';
import { Projection } from '../../src/kernel/projection';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { CommandEnvelope, Decider, DomainEvent } from '../../src/kernel/decider';
import { DomainError } from '../../src/kernel/domain-error';
import { captureNestLogs } from '../support/captured-logs';
import { countEvents, metadata } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';
import { engineUpcasters } from '../../src/engine/engine-upcasters';

// ---------------------------------------------------------------------------------------------
// A tiny counter: `Increment` adds one (refused at `limit`), `Peek` decides nothing.
// Each event carries the value it brings the counter to, so a decision taken on stale state
// shows up as a repeated or skipped value.
// ---------------------------------------------------------------------------------------------

export type CounterCommand = CommandEnvelope & ({ kind: 'Increment'; limit?: number } | { kind: 'Peek' });
export type Incremented = DomainEvent<'Incremented', { value: number }>;
export interface CounterState {
  count: number;
}

export const SCHEMA_VERSION = 3;

export const counter: Decider<CounterCommand, Incremented, CounterState> = {
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

export const ACTOR: Actor = { role: 'pga', subject: 'pga-officer-7' };
export const NOW = new Date('2013-09-24T10:15:30.250Z');

export const increment = (limit?: number): CounterCommand => ({ kind: 'Increment', limit, actor: ACTOR, now: NOW });
export const peek = (): CounterCommand => ({ kind: 'Peek', actor: ACTOR, now: NOW });
export const context = (n = 0) => ({ correlationId: `corr-${n}`, causationId: `cause-${n}` });

/** Counts events per stream, so that read-your-writes can be checked on a real document. */
export const countersProjection: Projection = {
  name: 'counters',
  version: 1,
  apply(event, documents) {
    const current = documents.get<{ count: number }>(event.streamId);
    documents.put(event.streamId, { count: (current?.count ?? 0) + 1, position: event.position });
  },
};

export const value = (event: StoredEvent) => (event.data as { value: number }).value;

/** How many of the spied calls returned a promise that rejected. */
export async function countRejected(results: Array<{ type: string; value: unknown }>): Promise<number> {
  const settled = await Promise.allSettled(results.map((r) => r.value));
  return settled.filter((s) => s.status === 'rejected').length;
}

export const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export let dir: { path: string; remove(): void };
export let store: SqliteEventStore;
/** A second connection to the same file: "another process" writing behind the executor's back. */
export let otherWriter: SqliteEventStore;
export let documents: ProjectionStore;
export let runner: ProjectionRunner;
export let logs: ReturnType<typeof captureNestLogs>;

export const executor = (retries = 3, projectionWaitMs = 10_000, projections = runner) =>
  new CommandExecutor(store, projections, { retries, projectionWaitMs }, engineUpcasters);

/** Appends the next Incremented on the stream through the other connection, as someone else would. */
export async function competingIncrement(streamId: string): Promise<StoredEvent> {
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

export const eventCount = () => countEvents(store);

/** The calling block runs on one embedded store, a second connection to its file, and a projection runner feeding a counters view. */
export function useEmbeddedStore(): void {
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
}
