import { Projection } from '../../src/kernel/projection';
import { MAX_LAG_COUNTED, projectionLag } from '../../src/event-store/projections/projection-lag';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { engineUpcasters } from '../../src/engine/engine-upcasters';
import { captureNestLogs } from '../support/captured-logs';
import { newEvent } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';

const quiet = (name: string, version = 1): Projection => ({ name, version, apply: () => undefined });

describe('projection lag', () => {
  const dir = temporaryDirectory();
  const logs = captureNestLogs();
  let now = new Date('2013-04-26T12:00:00Z');
  const store = new SqliteEventStore({ path: `${dir.path}/events.db`, pollIntervalMs: 20, now: () => now });
  const documents = new ProjectionStore(`${dir.path}/projections.db`);
  afterAll(async () => {
    await store.close();
    documents.close();
    dir.remove();
    logs.restore();
  });

  it('counts the events after each checkpoint, and how long the oldest of them has waited; none when caught up', async () => {
    const runner = new ProjectionRunner(store, documents, engineUpcasters);
    runner.register(quiet('first'));
    runner.register(quiet('second'));
    expect(await projectionLag(runner, store, now)).toEqual([
      { projection: 'first', events: 0, seconds: 0 },
      { projection: 'second', events: 0, seconds: 0 },
    ]);
    await store.append('s-1', [newEvent('A'), newEvent('B')], 'no-stream');
    await runner.start();
    await runner.stop();
    expect((await projectionLag(runner, store, now)).map((lag) => lag.events)).toEqual([0, 0]);

    now = new Date('2013-04-26T12:01:00Z');
    await store.append('s-1', [newEvent('C'), newEvent('D'), newEvent('E')], 1);
    expect(await projectionLag(runner, store, new Date('2013-04-26T12:01:42Z'))).toEqual([
      { projection: 'first', events: 3, seconds: 42 },
      { projection: 'second', events: 3, seconds: 42 },
    ]);

    const fresh = new ProjectionRunner(store, documents, engineUpcasters);
    fresh.register(quiet('never-started', 1));
    expect(await projectionLag(fresh, store, new Date('2013-04-26T12:01:00Z'))).toEqual([
      { projection: 'never-started', events: 5, seconds: 60 },
    ]);
    expect(MAX_LAG_COUNTED).toBe(10_000);
  });
});
