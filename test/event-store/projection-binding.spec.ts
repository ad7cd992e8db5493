import { Position } from '../../src/event-store/event-store.port';
import { toPosition } from '../../src/kernel/position';
import { LogBinding, LogDerived } from '../../src/event-store/projections/projection-binding';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { KeysBesideTheLog } from '../../src/event-store/projections/keys-beside-the-log';
import { captureNestLogs } from '../support/captured-logs';
import { newEvent, uniqueStream } from '../support/events';

/** A derived store reduced to what the binding looks at, remembering what was done to it. */
class FakeDerived implements LogDerived {
  readonly discardedFor: string[] = [];

  constructor(
    private identity?: string,
    private furthest?: Position,
  ) {}

  logIdentity = () => this.identity;
  furthestPosition = () => this.furthest;
  recordLogIdentity = (identity: string) => void (this.identity = identity);
  discardFor(identity: string): void {
    this.discardedFor.push(identity);
    this.identity = identity;
    this.furthest = undefined;
  }
}

const fakeLog = (identity: string, last?: number) => ({
  identity: () => Promise.resolve(identity),
  lastPosition: () => Promise.resolve(last === undefined ? undefined : toPosition(last)),
});

describe('LogBinding', () => {
  let logs: ReturnType<typeof captureNestLogs>;
  beforeEach(() => (logs = captureNestLogs()));
  afterEach(() => logs.restore());

  const warnings = () => logs.entries.filter((e) => e.level === 'warn').map((e) => e.message);

  async function check(derived: FakeDerived, log = fakeLog('log-b', 10)): Promise<string[]> {
    return new LogBinding(log, [{ discarded: 'Read models discarded', store: derived }]).check();
  }

  it('discards what comes from another log, naming both logs', async () => {
    const derived = new FakeDerived('log-a', toPosition(3));
    expect(await check(derived)).toEqual(['Read models discarded']);
    expect(derived.discardedFor).toEqual(['log-b']);
    expect(warnings()).toEqual(['Read models discarded: they come from log log-a, but this log is log-b']);
  });

  it('discards what reaches beyond the log, naming the furthest and the last position', async () => {
    const derived = new FakeDerived('log-b', toPosition(11));
    await check(derived);
    expect(derived.discardedFor).toEqual(['log-b']);
    expect(warnings()).toEqual(["Read models discarded: they reach position 11, beyond the log's last position (10)"]);
  });

  it('discards what reflects any position when the log is empty', async () => {
    const derived = new FakeDerived('log-b', toPosition(1));
    await check(derived, fakeLog('log-b'));
    expect(warnings()).toEqual(["Read models discarded: they reach position 1, beyond the log's last position (none: the log is empty)"]);
  });

  it('discards what has content but records no log (made before logs had an identity)', async () => {
    const derived = new FakeDerived(undefined, toPosition(2));
    await check(derived);
    expect(derived.discardedFor).toEqual(['log-b']);
    expect(warnings()).toEqual(['Read models discarded: they record no log identity (made before logs had one)']);
  });

  it('keeps what is consistent with the log, up to its last position, and says nothing', async () => {
    const derived = new FakeDerived('log-b', toPosition(10));
    expect(await check(derived)).toEqual([]);
    expect(derived.discardedFor).toEqual([]);
    expect(warnings()).toEqual([]);
  });

  it('binds an empty store to the log without discarding anything', async () => {
    const derived = new FakeDerived();
    expect(await check(derived)).toEqual([]);
    expect(derived.logIdentity()).toBe('log-b');
    expect(derived.discardedFor).toEqual([]);
    expect(warnings()).toEqual([]);
  });
});

describe('LogBinding with the stores the engine uses (same log, cut short; keys beside the log as on EventStoreDB)', () => {
  let log: SqliteEventStore;
  let documents: ProjectionStore;
  let answers: KeysBesideTheLog;
  let logs: ReturnType<typeof captureNestLogs>;

  beforeEach(async () => {
    logs = captureNestLogs();
    log = new SqliteEventStore({ path: ':memory:' });
    documents = new ProjectionStore(':memory:');
    answers = new KeysBesideTheLog(':memory:');
    await log.append(uniqueStream(), [newEvent(), newEvent()], 'no-stream');
  });
  afterEach(async () => {
    await log.close();
    documents.close();
    answers.close();
    logs.restore();
  });

  const binding = () =>
    new LogBinding(log, [
      { discarded: 'Read models discarded', store: documents },
      { discarded: 'Idempotency answers discarded', store: answers },
    ]);

  function checkpointAt(position: number): void {
    const batch = documents.batch();
    batch.writer('meetings').put('m-1', { id: 'm-1' });
    batch.advance('meetings', { position: toPosition(position), version: 1 });
    batch.commit();
  }

  const keyAt = (scope: string, position: number) =>
    answers.writeWithAppend(
      [{ scope, fingerprint: 'f', streamId: 'meeting-m-1', firstRevision: 0, lastRevision: 0 }],
      String(position),
      new Date(),
    );

  it('records the log identity in both stores on first start', async () => {
    await binding().check();
    expect(documents.logIdentity()).toBe(await log.identity());
    expect(answers.logIdentity()).toBe(await log.identity());
  });

  it('discards checkpoints and answers beyond the last position, and keeps those within', async () => {
    await binding().check();
    checkpointAt(2);
    keyAt('pga|k', 2);
    expect(await binding().check()).toEqual([]);
    expect(documents.get('meetings', 'm-1')).toEqual({ id: 'm-1' });

    checkpointAt(12); // longer than the last position (2): compared as numbers, not as text
    keyAt('pga|k2', 10);
    expect(await binding().check()).toEqual(['Read models discarded', 'Idempotency answers discarded']);
    expect(documents.get('meetings', 'm-1')).toBeUndefined();
    expect(documents.checkpoint('meetings').position).toBeUndefined();
    expect(await answers.find('pga|k')).toBeUndefined();
    expect(logs.entries.filter((e) => e.level === 'warn').map((e) => e.message)).toEqual([
      "Read models discarded: they reach position 12, beyond the log's last position (2)",
      "Idempotency answers discarded: they reach position 10, beyond the log's last position (2)",
    ]);
  });
});
