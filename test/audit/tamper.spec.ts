import Database from 'better-sqlite3';
import { join } from 'node:path';
import { VerificationReport, verifyChains } from '../../src/audit/chain-verifier';
import { verifyLogFile } from '../../src/audit/parallel-verification';
import { eventHash, HashChainingEventStore } from '../../src/audit/hash-chain';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { newEvent } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';

/**
 * Tampering done the way an intruder with the file would: a separate better-sqlite3 connection on
 * events.db, changing rows behind the engine's back. The log, in global order (position: event):
 *   1 alpha/0  2 beta/0  3 alpha/1  4 beta/1  5 alpha/2  6 beta/2  7 alpha/3  8 beta/3  9 alpha/4  10 beta/4  11 gamma/0
 */
describe('tamper evidence in the SQLite file', () => {
  let dir: { path: string; remove(): void };
  const dbPath = () => join(dir.path, 'events.db');

  beforeEach(async () => {
    dir = temporaryDirectory();
    const store = new HashChainingEventStore(new SqliteEventStore({ path: dbPath() }));
    for (let n = 0; n < 5; n += 1) {
      await store.append('alpha', [newEvent('AlphaHappened', { n })], 'any');
      await store.append('beta', [newEvent('BetaHappened', { n })], 'any');
    }
    await store.append('gamma', [newEvent('GammaHappened', { n: 0 })], 'no-stream');
    await store.close();
  });
  afterEach(() => dir.remove());

  function tamper(change: (db: Database.Database) => void): void {
    const db = new Database(dbPath());
    try {
      db.transaction(() => change(db))();
    } finally {
      db.close();
    }
  }

  /**
   * With dense positions, every way of verifying must give the same report: through the port, from
   * the file on this thread (stored text hashed), and from the file in four worker threads whose
   * ranges of two or three events are stitched together.
   */
  async function verify(densePositions: boolean): Promise<VerificationReport> {
    const store = new SqliteEventStore({ path: dbPath() });
    let throughPort: VerificationReport;
    try {
      throughPort = await verifyChains(store, { densePositions });
    } finally {
      await store.close();
    }
    if (!densePositions) return throughPort;
    expect(await verifyLogFile(dbPath(), { workers: 1 })).toEqual(throughPort);
    expect(await verifyLogFile(dbPath(), { workers: 4, minEventsPerWorker: 1 })).toEqual(throughPort);
    return throughPort;
  }

  const broken = (position: number, streamId: string, revision: number, reason: string) => ({
    ok: false,
    eventsChecked: position,
    firstBroken: expect.objectContaining({ position: String(position), streamId, revision, reason }),
  });

  it('finds the untouched log intact', async () => {
    expect(await verify(true)).toEqual({ ok: true, eventsChecked: 11 });
  });

  it.each([
    ['data', `UPDATE events SET data = json_set(data, '$.n', 99) WHERE stream_id = 'alpha' AND revision = 2`],
    ['type', `UPDATE events SET type = 'AlphaUndone' WHERE stream_id = 'alpha' AND revision = 2`],
    ['actor', `UPDATE events SET metadata = json_set(metadata, '$.actor.subject', 'intruder') WHERE stream_id = 'alpha' AND revision = 2`],
    ['occurredAt', `UPDATE events SET metadata = json_set(metadata, '$.occurredAt', '2013-01-01T00:00:00.000Z') WHERE position = 5`],
  ])('(a) a changed %s is reported at that event as a hash mismatch', async (_what, sql) => {
    tamper((db) => db.exec(sql));
    expect(await verify(true)).toEqual(broken(5, 'alpha', 2, 'hash mismatch'));
    expect(await verify(false)).toEqual(broken(5, 'alpha', 2, 'hash mismatch'));
  });

  it("(a) a changed event whose own hash was recomputed breaks the link of the stream's next event", async () => {
    tamper((db) => {
      const row = db.prepare('SELECT stream_id, revision, type, data, metadata FROM events WHERE position = 5').get() as Row;
      const metadata = JSON.parse(row.metadata);
      const data = { n: 99 };
      metadata.hash = eventHash({
        streamId: row.stream_id,
        revision: row.revision,
        type: row.type,
        data,
        metadata,
        previousHash: metadata.previousHash,
      });
      db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = 5').run(JSON.stringify(data), JSON.stringify(metadata));
    });
    expect(await verify(true)).toEqual(broken(7, 'alpha', 3, 'previousHash does not match the previous event'));
  });

  it('(b) a deleted event in the middle of a stream: at the gap in positions, or at the next event of its stream', async () => {
    tamper((db) => db.exec(`DELETE FROM events WHERE stream_id = 'alpha' AND revision = 2`));
    expect(await verify(true)).toEqual({ ...broken(6, 'beta', 2, 'position gap'), eventsChecked: 5 });
    expect(await verify(false)).toEqual({ ...broken(7, 'alpha', 3, 'revision gap'), eventsChecked: 6 });
  });

  it('(b) a deleted event whose followers were renumbered breaks the link at the next event of its stream', async () => {
    tamper((db) => {
      db.exec(`DELETE FROM events WHERE stream_id = 'alpha' AND revision = 2`);
      db.exec(`UPDATE events SET revision = revision - 1 WHERE stream_id = 'alpha' AND revision > 2`);
    });
    expect(await verify(false)).toEqual({ ...broken(7, 'alpha', 2, 'previousHash does not match the previous event'), eventsChecked: 6 });
  });

  it('(c) a deleted last event of a stream is reported by the gap in positions', async () => {
    tamper((db) => db.exec(`DELETE FROM events WHERE stream_id = 'alpha' AND revision = 4`));
    expect(await verify(true)).toEqual({ ...broken(10, 'beta', 4, 'position gap'), eventsChecked: 9 });
    // Without dense positions nothing shows it: each remaining chain is whole.
    expect(await verify(false)).toEqual({ ok: true, eventsChecked: 10 });
  });

  it('(d) two events of a stream with their revisions swapped: reported at the first of them', async () => {
    tamper((db) => {
      db.exec(`UPDATE events SET revision = -1 WHERE stream_id = 'alpha' AND revision = 1`);
      db.exec(`UPDATE events SET revision = 1 WHERE stream_id = 'alpha' AND revision = 2`);
      db.exec(`UPDATE events SET revision = 2 WHERE stream_id = 'alpha' AND revision = -1`);
    });
    expect(await verify(true)).toEqual(broken(3, 'alpha', 2, 'revision gap'));
  });

  it('(d) two events of a stream with their content swapped: reported at the first of them', async () => {
    tamper((db) => {
      const [one, two] = db.prepare(`SELECT position, type, data FROM events WHERE position IN (3, 5) ORDER BY position`).all() as Row[];
      const update = db.prepare('UPDATE events SET type = ?, data = ? WHERE position = ?');
      update.run(two.type, two.data, one.position);
      update.run(one.type, one.data, two.position);
    });
    expect(await verify(true)).toEqual(broken(3, 'alpha', 1, 'hash mismatch'));
  });

  it('(d) two whole events of a stream swapped in the global order: reported at the first of them', async () => {
    tamper((db) => {
      db.exec('UPDATE events SET position = 100 WHERE position = 3');
      db.exec('UPDATE events SET position = 3 WHERE position = 5');
      db.exec('UPDATE events SET position = 5 WHERE position = 100');
    });
    expect(await verify(true)).toEqual(broken(3, 'alpha', 2, 'revision gap'));
  });

  it('(e) a changed copy of occurredAt in its column is reported at that event (the file verifiers read the copies)', async () => {
    tamper((db) => db.exec(`UPDATE events SET occurred_at = '2013-01-01T00:00:00.000Z' WHERE position = 4`));
    const report = {
      ok: false,
      eventsChecked: 4,
      firstBroken: expect.objectContaining({ position: '4', streamId: 'beta', revision: 1, reason: 'column copy mismatch' }),
    };
    expect(await verifyLogFile(dbPath(), { workers: 1 })).toEqual(report);
    expect(await verifyLogFile(dbPath(), { workers: 4, minEventsPerWorker: 1 })).toEqual(report);
  });

  it('(a) a metadata text cut short (no longer JSON) is reported at that event, not a crash', async () => {
    tamper((db) => db.exec(`UPDATE events SET metadata = substr(metadata, 1, 40) WHERE position = 5`));
    expect(await verifyLogFile(dbPath(), { workers: 1 })).toEqual(broken(5, 'alpha', 2, 'missing hash'));
    expect(await verifyLogFile(dbPath(), { workers: 4, minEventsPerWorker: 1 })).toEqual(broken(5, 'alpha', 2, 'missing hash'));
  });

  it('(a) a data text that is no longer JSON is reported as a hash mismatch, not a crash', async () => {
    tamper((db) => db.exec(`UPDATE events SET data = '{"n":' WHERE position = 5`));
    expect(await verifyLogFile(dbPath(), { workers: 1 })).toEqual(broken(5, 'alpha', 2, 'hash mismatch'));
  });

  it('(a) an event stored in another key order (not the canonical text) still verifies, by parsing', async () => {
    tamper((db) => {
      const row = db.prepare('SELECT data, metadata FROM events WHERE position = 5').get() as Row;
      const reversed = (text: string) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text) as object).reverse()));
      db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = 5').run(reversed(row.data), reversed(row.metadata));
    });
    expect(await verify(true)).toEqual({ ok: true, eventsChecked: 11 });
  });

  // What a hash chain alone cannot show; an anchor kept outside the file (the last position and
  // its hash, noted by the auditor) is needed for these.
  it('limit: deleting the very last event of the log, or rewriting a stream from an event on, goes unseen', async () => {
    tamper((db) => db.exec('DELETE FROM events WHERE position = 11'));
    expect(await verify(true)).toEqual({ ok: true, eventsChecked: 10 });
    tamper((db) => {
      let previousHash: string | null = null;
      const rows = db
        .prepare(`SELECT position, stream_id, revision, type, data, metadata FROM events WHERE stream_id = 'beta' ORDER BY revision`)
        .all() as Row[];
      for (const row of rows) {
        const metadata: Record<string, unknown> = { ...JSON.parse(row.metadata), previousHash };
        const data = { n: 1000 + row.revision };
        const hash: string = eventHash({ streamId: row.stream_id, revision: row.revision, type: row.type, data, metadata, previousHash });
        db.prepare('UPDATE events SET data = ?, metadata = ? WHERE position = ?').run(
          JSON.stringify(data),
          JSON.stringify({ ...metadata, hash }),
          row.position,
        );
        previousHash = hash;
      }
    });
    expect(await verify(true)).toEqual({ ok: true, eventsChecked: 10 });
  });
});

interface Row {
  position: number;
  stream_id: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}
