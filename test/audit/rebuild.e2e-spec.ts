import Database from 'better-sqlite3';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { compareKeys, rebuildAndCompare, RebuildOptions, RebuildReport } from '../../src/audit/projection-rebuild';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { metadata } from '../support/events';
import { startTestApp } from '../support/test-app';
import { temporaryDirectory } from '../support/temporary-directory';
import { ALLOW_LOCAL_WEBHOOKS, HISTORY_START, recordHistory } from './replay-history';
import { engineProjections } from '../../src/engine/manifests';
import { REBUILD_CATALOGUE_MODULE } from '../../src/engine/rebuild-catalogue';
import { engineUpcasters } from '../../src/engine/engine-upcasters';

/** A Member State mission's endpoint that counts what it receives. */
async function mission(): Promise<{ url: string; received: unknown[]; close(): Promise<void> }> {
  const received: unknown[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(JSON.parse(body));
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/reminders`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const byName = (report: RebuildReport, name: string) => report.perProjection.find((p) => p.name === name)!;

describe('rebuilding the projections from zero', () => {
  const dir = temporaryDirectory();
  const events = `${dir.path}/events.db`;
  const projections = `${dir.path}/projections.db`;
  let fra: Awaited<ReturnType<typeof mission>>;
  let eventCount: number;

  beforeAll(async () => {
    fra = await mission();
    const t = await startTestApp({ dataDir: dir.path, now: HISTORY_START, env: ALLOW_LOCAL_WEBHOOKS });
    try {
      await recordHistory(t, fra.url);
      eventCount = await t.eventCount();
    } finally {
      await t.close();
    }
  });
  afterAll(async () => {
    await fra.close();
    dir.remove();
  });

  /** Both ways of rebuilding; in worker threads, a log this small is split in two partitions all the same. */
  const MODES: Array<[string, () => RebuildOptions]> = [
    ['on this thread, through the port', () => ({ upcasters: engineUpcasters })],
    [
      'in worker threads, from the files',
      () => ({
        upcasters: engineUpcasters,
        parallel: {
          eventsPath: events,
          livePath: projections,
          workers: 2,
          minEventsPerWorker: 1,
          catalogueModule: REBUILD_CATALOGUE_MODULE,
        },
      }),
    ],
  ];

  /** Opens the files the engine left, rebuilds, compares, and closes them. */
  async function rebuild(options: RebuildOptions = { upcasters: engineUpcasters }): Promise<RebuildReport> {
    const store = new SqliteEventStore({ path: events });
    const live = new ProjectionStore(projections);
    try {
      return await rebuildAndCompare(store, live, engineProjections(), options);
    } finally {
      live.close();
      await store.close();
    }
  }

  it('repeats no side effect: no webhook delivery, no event appended', async () => {
    expect(fra.received).toHaveLength(1); // the one reminder, delivered while the engine ran
    const report = await rebuild();
    expect(report.matches).toBe(true);
    expect(byName(report, 'webhooks').documents).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fra.received).toHaveLength(1);
    const store = new SqliteEventStore({ path: events });
    try {
      expect((await store.readAll({ maxCount: 10_000 })).length).toBe(eventCount);
    } finally {
      await store.close();
    }
  });

  it('also while the engine runs, with its scheduler armed', async () => {
    const t = await startTestApp({ dataDir: dir.path, now: '2013-05-01T00:00:00Z' });
    try {
      const live = t.app.get(ProjectionStore);
      const report = await rebuildAndCompare(t.store, live, engineProjections(), { upcasters: engineUpcasters });
      expect(report.matches).toBe(true);
      expect(await t.eventCount()).toBe(eventCount);
    } finally {
      await t.close();
    }
    expect(fra.received).toHaveLength(1);
  });

  describe.each(MODES)('%s', (_name, mode) => {
    it('matches the live projections document for document', async () => {
      const progress: string[] = [];
      const report = await rebuild({ ...mode(), onProgress: (p) => progress.push(p.phase), total: eventCount });
      expect(report.events).toBe(eventCount);
      expect(report.matches).toBe(true);
      expect(report.uncovered).toEqual([]);
      expect(report.perProjection.map((p) => p.name)).toEqual(['meetings', 'lists', 'arrangements', 'speakers', 'webhooks']);
      for (const projection of report.perProjection) {
        expect(projection).toEqual(expect.objectContaining({ matches: true, differenceCount: 0, differences: [], liveBehindBy: 0 }));
        expect(projection.documents).toBe(projection.liveDocuments);
        expect(projection.documents).toBeGreaterThan(0);
      }
      expect(byName(report, 'lists').documents).toBe(2 + 6 + 0 + 1); // two lists, six entries, no open batch, one basis request
      expect(progress).toContain('rebuild');
    });

    describe('with live documents changed behind the engine', () => {
      let saved: Array<{ projection: string; key: string; document: string }>;
      const sql = () => new Database(projections);

      beforeAll(() => {
        const db = sql();
        saved = db.prepare('SELECT projection, key, document FROM documents').all() as typeof saved;
        db.close();
      });
      afterEach(() => {
        const db = sql();
        db.exec('DELETE FROM documents');
        const insert = db.prepare('INSERT INTO documents (projection, key, document) VALUES (?, ?, ?)');
        for (const row of saved) insert.run(row.projection, row.key, row.document);
        db.close();
      });

      it('reports a changed, a missing and an extra document, with both sides', async () => {
        const db = sql();
        const [changed, missing] = (
          db.prepare("SELECT key, document FROM documents WHERE projection = 'lists' AND key LIKE 'entry/%' ORDER BY key").all() as Array<{
            key: string;
            document: string;
          }>
        ).slice(0, 2);
        const edited = { ...JSON.parse(changed.document), status: 'rejected', tampered: true };
        db.prepare("UPDATE documents SET document = ? WHERE projection = 'lists' AND key = ?").run(JSON.stringify(edited), changed.key);
        db.prepare("DELETE FROM documents WHERE projection = 'lists' AND key = ?").run(missing.key);
        db.prepare("INSERT INTO documents (projection, key, document) VALUES ('lists', 'entry/ghost', '{\"id\":\"ghost\"}')").run();
        db.close();

        const report = await rebuild(mode());

        expect(report.matches).toBe(false);
        const lists = byName(report, 'lists');
        expect(lists.matches).toBe(false);
        expect(lists.differenceCount).toBe(3);
        expect(lists.differences).toEqual(
          [
            { key: changed.key, position: expect.any(String), live: edited, rebuilt: JSON.parse(changed.document) },
            { key: missing.key, position: expect.any(String), rebuilt: JSON.parse(missing.document) },
            { key: 'entry/ghost', live: { id: 'ghost' } },
          ].sort((a, b) => compareKeys(a.key, b.key)),
        );
        expect(byName(report, 'meetings').matches).toBe(true);
      });

      it('ignores key order inside a document, and keeps the first differences only', async () => {
        const db = sql();
        const rows = db.prepare("SELECT key, document FROM documents WHERE projection = 'lists'").all() as Array<{
          key: string;
          document: string;
        }>;
        const update = db.prepare("UPDATE documents SET document = ? WHERE projection = 'lists' AND key = ?");
        for (const row of rows) {
          const document = JSON.parse(row.document) as Record<string, unknown>;
          const reversed = Object.fromEntries(Object.entries(document).reverse());
          update.run(JSON.stringify(reversed), row.key);
        }
        db.close();
        expect((await rebuild(mode())).matches).toBe(true);

        const wrong = sql();
        wrong.prepare("UPDATE documents SET document = '{}' WHERE projection = 'lists'").run();
        wrong.close();
        const report = await rebuild({ ...mode(), maxDifferences: 3 });
        expect(byName(report, 'lists')).toEqual(expect.objectContaining({ differenceCount: rows.length, matches: false }));
        expect(byName(report, 'lists').differences).toHaveLength(3);
      });
    });
  });

  it('compares like with like when the live projections lag behind the log, and says by how much', async () => {
    const store = new SqliteEventStore({ path: events });
    await store.append(
      'meeting-late',
      [
        {
          type: 'MeetingCreated',
          data: {
            meetingId: 'late',
            title: 'Late',
            timezone: 'UTC',
            mandate: [],
            policy: { objectionDisclosure: 'none', objectedGoToGeneralAssembly: false, reminders: [] },
          },
          metadata: metadata(),
        },
      ],
      'no-stream',
    );
    await store.close();

    for (const [, mode] of MODES) {
      const report = await rebuild(mode());
      expect(report.events).toBe(eventCount + 1);
      expect(report.matches).toBe(true);
      expect(report.perProjection.map((p) => p.liveBehindBy)).toEqual([1, 1, 1, 1, 1]);
    }
  });

  it('names the live projections it was not given', async () => {
    const store = new SqliteEventStore({ path: events });
    const live = new ProjectionStore(projections);
    try {
      const report = await rebuildAndCompare(
        store,
        live,
        engineProjections().filter((p) => p.name !== 'webhooks'),
        { upcasters: engineUpcasters },
      );
      expect(report.uncovered).toEqual(['webhooks']);
      expect(report.perProjection.map((p) => p.name)).toEqual(['meetings', 'lists', 'arrangements', 'speakers']);
    } finally {
      live.close();
      await store.close();
    }
  });
});

describe('compareKeys', () => {
  it('sorts as SQLite sorts TEXT (UTF-8 bytes)', () => {
    const keys = ['b', 'a', 'ab', '\uffff', '\u{1f600}', '\ue000', 'é', ''];
    const db = new Database(':memory:');
    db.exec('CREATE TABLE k (key TEXT PRIMARY KEY) WITHOUT ROWID');
    const insert = db.prepare('INSERT INTO k VALUES (?)');
    keys.forEach((key) => insert.run(key));
    const sqlite = db.prepare('SELECT key FROM k ORDER BY key').pluck().all();
    db.close();
    expect([...keys].sort(compareKeys)).toEqual(sqlite);
  });
});
