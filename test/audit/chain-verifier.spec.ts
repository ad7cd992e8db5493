import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyChains } from '../../src/audit/chain-verifier';
import { chain, HashChainingEventStore } from '../../src/audit/hash-chain';
import { exportHistory } from '../../src/audit/history-export';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { newEvent } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';

describe('verifyChains', () => {
  let dir: { path: string; remove(): void };
  let inner: SqliteEventStore;
  let store: HashChainingEventStore;

  beforeEach(() => {
    dir = temporaryDirectory();
    inner = new SqliteEventStore({ path: join(dir.path, 'events.db'), sync: 'normal' });
    store = new HashChainingEventStore(inner);
  });
  afterEach(async () => {
    await store.close();
    dir.remove();
  });

  it('finds a clean, interleaved log intact and counts every event', async () => {
    for (let round = 0; round < 5; round += 1) {
      await Promise.all(['a', 'b', 'c'].map((s) => store.append(s, [newEvent('N', { round }), newEvent('M', { round })], 'any')));
    }
    const progress: number[] = [];
    const report = await verifyChains(store, { densePositions: true, onProgress: (n) => progress.push(n) });
    expect(report).toEqual({ ok: true, eventsChecked: 30 });
    expect(progress[progress.length - 1]).toBe(30);
  });

  it('reads an empty log as intact', async () => {
    expect(await verifyChains(store, { densePositions: true })).toEqual({ ok: true, eventsChecked: 0 });
  });

  it('reports an event stored without the chain (written around the decorator) as missing its hash', async () => {
    await store.append('chained', [newEvent()], 'no-stream');
    const legacy = await inner.append('legacy', [newEvent()], 'no-stream');
    expect(await verifyChains(store)).toMatchObject({
      ok: false,
      eventsChecked: 2,
      firstBroken: { position: legacy.position, streamId: 'legacy', revision: 0, reason: 'missing hash' },
    });
  });

  it('dense positions hold in a group commit where one append fails half-way and one fails its expectation', async () => {
    await inner.append('first', chain('first', [newEvent()], -1, null), 'no-stream');
    const [existing] = await inner.readStream('first');
    const outcomes = await Promise.allSettled([
      inner.append('x', chain('x', [newEvent()], -1, null), 'no-stream'),
      // The second event reuses an event id: its insert fails after the first one's succeeded (savepoint rolled back).
      inner.append('y', chain('y', [newEvent(), { ...newEvent(), eventId: existing.eventId }], -1, null), 'no-stream'),
      inner.append('first', chain('first', [newEvent()], -1, null), 'no-stream'),
      inner.append('z', chain('z', [newEvent(), newEvent()], -1, null), 'no-stream'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    await inner.append('after', chain('after', [newEvent()], -1, null), 'no-stream');
    const positions = (await inner.readAll()).map((e) => Number(e.position));
    expect(positions).toEqual([1, 2, 3, 4, 5]);
    expect(await verifyChains(store, { densePositions: true })).toEqual({ ok: true, eventsChecked: 5 });
  });
});

describe('exportHistory', () => {
  const EVENTS = 25_000;
  let dir: { path: string; remove(): void };
  let store: SqliteEventStore;
  let written: StoredEvent[];

  beforeAll(async () => {
    dir = temporaryDirectory();
    store = new SqliteEventStore({ path: join(dir.path, 'events.db'), sync: 'normal' });
    for (let i = 0; i < EVENTS / 1000; i += 1) {
      const events = Array.from({ length: 1000 }, (_, j) => newEvent('Ticked', { n: i * 1000 + j, text: 'Ассоциация 拐卖 ✊🏽\n' }));
      await store.append(`stream-${i % 3}`, events, 'any');
    }
    written = await store.readAll({ maxCount: EVENTS });
  });
  afterAll(async () => {
    await store.close();
    dir.remove();
  });

  it('writes the whole log in global order, one StoredEvent per line, with progress every 10,000 events', async () => {
    const file = join(dir.path, 'history.ndjson');
    const progress: number[] = [];
    expect(await exportHistory(store, file, { onProgress: (n) => progress.push(n) })).toEqual({ events: EVENTS });
    expect(progress).toEqual([10_000, 20_000]);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(EVENTS);
    expect(lines.map((line) => JSON.parse(line) as StoredEvent)).toEqual(written);
    expect(readdirSync(dir.path).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('leaves no file behind when the export fails', async () => {
    const file = join(dir.path, 'no-such-folder', 'history.ndjson');
    await expect(exportHistory(store, file)).rejects.toThrow(/ENOENT/);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });
});
