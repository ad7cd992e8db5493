import { commandEventId } from '../../src/event-store/commands/event-ids';
import { CommandExecutor } from '../../src/event-store/commands/command-executor';
import { ExpectedRevision, NewEvent } from '../../src/event-store/event-store.port';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { AppendTooLargeError } from '../../src/event-store/store-errors';
import { CommandEnvelope, Decider, DomainEvent } from '../../src/kernel/decider';
import { captureNestLogs } from '../support/captured-logs';
import { engineUpcasters } from '../../src/engine/engine-upcasters';

type Note = CommandEnvelope & { text: string; parts?: number };
const notes: Decider<Note, DomainEvent<'Noted', { text: string }>, null> = {
  initialState: () => null,
  decide: (command) =>
    Array.from({ length: command.parts ?? 1 }, () => ({ type: 'Noted', schemaVersion: 1, data: { text: command.text } })),
  evolve: (state) => state,
};
const note = (text: string, parts?: number): Note => ({
  text,
  parts,
  actor: { role: 'pga', subject: 'p' },
  now: new Date('2013-09-24T10:00:00Z'),
});
const cause = (n: number) => ({ correlationId: `corr-${n}`, causationId: `cause-${n}` });

describe('commandEventId', () => {
  it('is a version 5 UUID of the stream, the cause and the stream index', () => {
    const id = commandEventId('list-1', 'cause-1', 4);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // uuid5(UUID('9b3c6f1e-4a2d-4c7b-8e5f-0a1b2c3d4e5f'), '["list-1","cause-1",4]') in Python's uuid module.
    expect(id).toBe('8dbe552b-5fd4-5e2e-872f-e66626c399f2');
  });

  it('is the same for the same append and differs with any part', () => {
    const id = commandEventId('list-1', 'cause-1', 4);
    expect(commandEventId('list-1', 'cause-1', 4)).toBe(id);
    expect(
      new Set([id, commandEventId('list-2', 'cause-1', 4), commandEventId('list-1', 'cause-2', 4), commandEventId('list-1', 'cause-1', 5)])
        .size,
    ).toBe(4);
  });
});

/** Records every append; refuses, as too large, any append of more than `maxEvents` events. */
class RecordingStore extends SqliteEventStore {
  readonly appendCalls: NewEvent[][] = [];
  maxEvents = Infinity;

  override async append(streamId: string, events: NewEvent[], expected: ExpectedRevision) {
    this.appendCalls.push(events);
    if (events.length > this.maxEvents) throw new AppendTooLargeError(streamId, events.length * 1000, this.maxEvents * 1000);
    return super.append(streamId, events, expected);
  }
}

describe('CommandExecutor and the event store', () => {
  let store: RecordingStore;
  let documents: ProjectionStore;
  let runner: ProjectionRunner;
  let executor: CommandExecutor;
  let logs: ReturnType<typeof captureNestLogs>;

  beforeEach(async () => {
    logs = captureNestLogs();
    store = new RecordingStore({ path: ':memory:', pollIntervalMs: 20 });
    documents = new ProjectionStore(':memory:');
    runner = new ProjectionRunner(store, documents, engineUpcasters);
    await runner.start();
    executor = new CommandExecutor(store, runner, { retries: 3, projectionWaitMs: 5000 }, engineUpcasters);
  });
  afterEach(async () => {
    await runner.stop();
    await store.close();
    documents.close();
    logs.restore();
  });

  it("derives each event's id from its command's causation id and its index in the stream", async () => {
    await executor.execute('list-1', notes, note('a', 2), cause(1));
    await executor.execute('list-1', notes, note('b'), cause(1));
    const stored = await store.readStream('list-1');
    expect(stored.map((e) => e.eventId)).toEqual([0, 1, 2].map((revision) => commandEventId('list-1', 'cause-1', revision)));
  });

  it('writes a group too large for one append command by command, and refuses clearly the one command that is too large', async () => {
    store.maxEvents = 2;
    // The first command is written alone; the three that queue behind it form one group of seven events.
    const outcomes = await Promise.allSettled([
      executor.execute('list-2', notes, note('first'), cause(1)),
      executor.execute('list-2', notes, note('second', 2), cause(2)),
      executor.execute('list-2', notes, note('third', 2), cause(3)),
      executor.execute('list-2', notes, note('too big', 3), cause(4)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect((outcomes[3] as PromiseRejectedResult).reason).toBeInstanceOf(AppendTooLargeError);
    const texts = (await store.readStream('list-2')).map((e) => (e.data as { text: string }).text);
    expect(texts).toEqual(['first', 'second', 'second', 'third', 'third']);
    expect(store.appendCalls.map((events) => events.length)).toEqual([1, 7, 2, 2, 3]);
  });
});
