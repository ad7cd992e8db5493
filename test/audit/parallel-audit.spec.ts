import Database from 'better-sqlite3';
import { join } from 'node:path';
import { chain } from '../../src/audit/hash-chain';
import { partitionStreams } from '../../src/audit/parallel-rebuild';
import { verifyLogFile } from '../../src/audit/parallel-verification';
import { rebuildAndCompare } from '../../src/audit/projection-rebuild';
import { NewEvent } from '../../src/event-store/event-store.port';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { metadata } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';
import { engineProjections } from '../../src/engine/manifests';
import { engineUpcasters } from '../../src/engine/engine-upcasters';
import { REBUILD_CATALOGUE_MODULE } from '../../src/engine/rebuild-catalogue';

describe('partitionStreams', () => {
  it('deals streams out largest first, each to the lightest partition', () => {
    const sizes: Array<[string, number]> = [
      ['b', 6],
      ['a', 10],
      ['d', 1],
      ['c', 5],
    ];
    expect(partitionStreams(sizes, 2)).toEqual([
      ['a', 'd'],
      ['b', 'c'],
    ]);
    expect(partitionStreams(sizes, 1)).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('makes no empty partition when there are fewer streams than workers', () => {
    expect(partitionStreams([['a', 3]], 4)).toEqual([['a']]);
    expect(partitionStreams([], 2)).toEqual([]);
    expect(partitionStreams([], 1)).toEqual([[]]);
  });
});

/** The events table as the embedded store made it before it kept copies of occurredAt and schemaVersion. */
const OLD_SCHEMA = `CREATE TABLE events (
  position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
  type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL, UNIQUE (stream_id, revision))`;

const meetingCreated = (meetingId: string, occurredAt: string): NewEvent => ({
  type: 'MeetingCreated',
  data: {
    meetingId,
    title: `Meeting ${meetingId}`,
    timezone: 'UTC',
    mandate: [],
    policy: { objectionDisclosure: 'none', objectedGoToGeneralAssembly: false, reminders: [] },
  },
  metadata: metadata({ occurredAt }),
});

describe('a store file written before the copied columns existed', () => {
  const dir = temporaryDirectory();
  const events = join(dir.path, 'events.db');
  const live = join(dir.path, 'projections.db');
  afterAll(() => dir.remove());

  beforeAll(async () => {
    const old = new Database(events);
    old.exec(OLD_SCHEMA);
    const insert = old.prepare(
      'INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at) VALUES (?, ?, 0, ?, ?, ?, ?)',
    );
    for (const id of ['old-1', 'old-2']) {
      const [event] = chain(`meeting-${id}`, [meetingCreated(id, '2013-03-01T10:00:00.000Z')], -1, null);
      insert.run(
        `event-${id}`,
        `meeting-${id}`,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        '2013-03-01T10:00:00.000Z',
      );
    }
    old.close();
    // Opening it with the engine's store adds the columns (empty for the rows already there).
    const store = new SqliteEventStore({ path: events });
    try {
      for (const id of ['new-1', 'new-2'])
        await store.append(
          `meeting-${id}`,
          chain(`meeting-${id}`, [meetingCreated(id, '2013-04-01T10:00:00.000Z')], -1, null),
          'no-stream',
        );
      const projections = new ProjectionStore(live);
      const runner = new ProjectionRunner(store, projections, engineUpcasters);
      for (const projection of engineProjections()) runner.register(projection);
      await runner.start();
      await runner.stop();
      projections.close();
    } finally {
      await store.close();
    }
  });

  it('gets the columns, empty for its old rows and filled for new ones', () => {
    const db = new Database(events, { readonly: true });
    const rows = db.prepare('SELECT stream_id, occurred_at, schema_version FROM events ORDER BY position').raw().all();
    db.close();
    expect(rows).toEqual([
      ['meeting-old-1', null, null],
      ['meeting-old-2', null, null],
      ['meeting-new-1', '2013-04-01T10:00:00.000Z', 1],
      ['meeting-new-2', '2013-04-01T10:00:00.000Z', 1],
    ]);
  });

  it('verifies, with and without the copies', async () => {
    expect(await verifyLogFile(events, { workers: 2, minEventsPerWorker: 1 })).toEqual({ ok: true, eventsChecked: 4 });
  });

  it('rebuilds in worker threads to the live documents: old rows are read whole, new ones through the copies', async () => {
    const store = new SqliteEventStore({ path: events });
    const projections = new ProjectionStore(live);
    try {
      const report = await rebuildAndCompare(store, projections, engineProjections(), {
        upcasters: engineUpcasters,
        parallel: { eventsPath: events, livePath: live, workers: 2, minEventsPerWorker: 1, catalogueModule: REBUILD_CATALOGUE_MODULE },
      });
      expect(report.matches).toBe(true);
      const meetings = report.perProjection.find((p) => p.name === 'meetings')!;
      expect(meetings).toEqual(expect.objectContaining({ documents: 4, liveDocuments: 4 }));
      expect(projections.get<{ createdAt: string }>('meetings', 'meeting/old-1')?.createdAt).toBe('2013-03-01T10:00:00.000Z');
    } finally {
      projections.close();
      await store.close();
    }
  });

  it('stops every worker and says which task failed, and why, when one fails', async () => {
    const store = new SqliteEventStore({ path: events });
    const projections = new ProjectionStore(live);
    try {
      const rebuilding = rebuildAndCompare(store, projections, engineProjections(), {
        upcasters: engineUpcasters,
        parallel: {
          eventsPath: events,
          livePath: join(dir.path, 'no-such-folder', 'projections.db'),
          workers: 2,
          minEventsPerWorker: 1,
          catalogueModule: REBUILD_CATALOGUE_MODULE,
        },
      });
      await expect(rebuilding).rejects.toThrow(/audit worker \(rebuild-partition\) failed: .*unable to open database/);
    } finally {
      projections.close();
      await store.close();
    }
  });
});
