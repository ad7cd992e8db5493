import { jest } from '@jest/globals';
import { DeciderRegistry } from '../../src/audit/decider-registry';
import { replayDecisions } from '../../src/audit/decision-replay';
import { CommandExecutor } from '../../src/event-store/commands/command-executor';
import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import { Actor } from '../../src/event-store/event-store.port';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { CommandEnvelope, Decider, DomainEvent } from '../../src/kernel/decider';
import { captureNestLogs } from '../support/captured-logs';
import { uniqueStream } from '../support/events';
import { engineUpcasters } from '../../src/engine/engine-upcasters';

/** `Add` records `count` events, each with the running total: a command whose events are several. */
type AddCommand = CommandEnvelope & { kind: 'Add'; count: number; until?: Date; note?: string };
type Added = DomainEvent<'Added', { total: number }>;
const adder: Decider<AddCommand, Added, { total: number }> = {
  initialState: () => ({ total: 0 }),
  decide: (command, state) =>
    Array.from({ length: command.count }, (_, i) => ({ type: 'Added' as const, schemaVersion: 1, data: { total: state.total + i + 1 } })),
  evolve: (state, event) => ({ total: event.data.total }),
};

const ACTOR: Actor = { role: 'pga', subject: 'pga-officer-7' };
const add = (count: number, extra: Partial<AddCommand> = {}): AddCommand => ({
  kind: 'Add',
  count,
  actor: ACTOR,
  now: new Date('2013-09-24T10:15:30.250Z'),
  ...extra,
});

describe('the command on the first event of its events (command executor)', () => {
  let store: SqliteEventStore;
  let documents: ProjectionStore;
  let runner: ProjectionRunner;
  let logs: ReturnType<typeof captureNestLogs>;

  beforeAll(async () => {
    logs = captureNestLogs();
    store = new SqliteEventStore({ path: ':memory:', pollIntervalMs: 20 });
    documents = new ProjectionStore(':memory:');
    runner = new ProjectionRunner(store, documents, engineUpcasters);
    await runner.start();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await runner.stop();
    await store.close();
    documents.close();
    logs.restore();
  });

  const executor = () => new CommandExecutor(store, runner, { retries: 3, projectionWaitMs: 10_000 }, engineUpcasters);
  const commandsOf = async (stream: string) => (await store.readStream(stream)).map((e) => e.metadata.command);

  it('stamps the first event only, Dates as ISO strings, undefined fields left out, actor and now left out', async () => {
    const stream = uniqueStream('adder');
    await executor().execute(stream, adder, add(3, { until: new Date('2013-10-01T00:00:00Z'), note: undefined }), {
      correlationId: 'c',
      causationId: 'k',
    });
    expect(await commandsOf(stream)).toEqual([{ kind: 'Add', count: 3, until: '2013-10-01T00:00:00.000Z' }, undefined, undefined]);
  });

  it('stamps the first event of each command when several commands share one append', async () => {
    const stream = uniqueStream('adder');
    const subject = executor();
    const append = jest.spyOn(store, 'append');
    await Promise.all([1, 2, 3].map((n) => subject.execute(stream, adder, add(n), { correlationId: `c${n}`, causationId: `k${n}` })));
    expect(append.mock.calls.filter(([id]) => id === stream).length).toBeLessThan(3);
    const events = await store.readStream(stream);
    expect(events.map((e) => (e.metadata.command as { count: number } | undefined)?.count)).toEqual([
      1,
      2,
      undefined,
      3,
      undefined,
      undefined,
    ]);
    expect(events.map((e) => e.metadata.causationId)).toEqual(['k1', 'k2', 'k2', 'k3', 'k3', 'k3']);

    const report = await replayDecisions(
      store,
      new DeciderRegistry([{ prefix: stream, decider: adder, events: { Added: 1 }, dateFields: { Add: ['until'] } }], engineUpcasters),
    );
    expect(report).toEqual(expect.objectContaining({ ok: true, streams: 1, commandsReplayed: 3, skipped: 0 }));
  });

  it('stamps the first event again when a conflict makes the executor decide the group anew', async () => {
    const stream = uniqueStream('adder');
    const subject = executor();
    await subject.execute(stream, adder, add(1), { correlationId: 'c0', causationId: 'k0' });
    const original = store.append.bind(store);
    let conflicts = 0;
    jest.spyOn(store, 'append').mockImplementation(async (id, events, expected) => {
      if (id === stream && conflicts++ === 0) throw new ConcurrencyError(id, expected, 5);
      return original(id, events, expected);
    });
    await subject.execute(stream, adder, add(2), { correlationId: 'c1', causationId: 'k1' });
    expect(conflicts).toBe(2);
    expect((await commandsOf(stream)).map((c) => (c as { count: number } | undefined)?.count)).toEqual([1, 2, undefined]);
  });
});
