/**
 * Embedded event store figures, each measured in a fresh temporary folder at the store's default
 * durability (`sync: 'full'`, every acknowledged append fsynced):
 *
 *   append.single.per_s          awaited one-event appends to one stream, exact expected revision
 *   append.batch10.per_s         the same with ten events per append (appends per second)
 *   append.batch10.events_per_s  ... and in events per second
 *   baseline.append.single.per_s the single-event loop written directly on better-sqlite3
 *   append.single.vs_baseline    store / baseline
 *   readAll.per_s                events per second paging through 100,000 events, 1,000 a page
 *
 * Store and baseline are measured side by side in alternating blocks of 100 appends, in three rounds
 * (fresh files each), and each reported as its median: a burst of noise on a shared machine then
 * lands on both sides instead of biasing the ratio.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ExpectedRevision, NewEvent } from '../src/event-store/event-store.port';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { connectionPragmas, migrate } from '../src/event-store/sqlite/sqlite-schema';
import { BenchContext, Figure, inTemporaryFolder, median, monotonicMs, register } from './bench-registry';
import { readWholeLog } from './bench-log';

/** One measurement: about this long or this many appends, whichever comes first. */
const BUDGET = { ms: 3000, appends: 3000 };
/** The single-append comparison spends the same budget per side, split into rounds and blocks. */
const ROUNDS = 3;
const BLOCK = 100;
const READ_ALL_EVENTS = 100_000;
const READ_ALL_PAGE = 1000;
const SETUP_BATCH = 1000;

register(['append.', 'baseline.append.', 'readAll.'], eventStoreFigures);

async function* eventStoreFigures(bench: BenchContext): AsyncIterable<Figure> {
  const singleFigures = ['append.single.per_s', 'baseline.append.single.per_s', 'append.single.vs_baseline'];
  if (singleFigures.some((name) => bench.wants(name))) {
    const rounds: Array<{ store: number; baseline: number }> = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const rates = await inTemporaryFolder((storeFolder) =>
        inTemporaryFolder(async (baselineFolder) =>
          interleave(openStoreLoop(storeFolder, 1), openBaselineLoop(baselineFolder), {
            ms: BUDGET.ms / ROUNDS,
            appends: BUDGET.appends / ROUNDS,
          }),
        ),
      );
      rounds.push(rates);
      bench.progress(`append.single round ${round}/${ROUNDS}: store ${rate(rates.store)}, baseline ${rate(rates.baseline)}`);
    }
    const store = median(rounds.map((r) => r.store));
    const baseline = median(rounds.map((r) => r.baseline));
    yield { name: 'append.single.per_s', value: round1(store), unit: 'appends/s' };
    yield { name: 'baseline.append.single.per_s', value: round1(baseline), unit: 'appends/s' };
    // Median of the per-round ratios: each compares two sides that shared the same moments.
    yield { name: 'append.single.vs_baseline', value: round3(median(rounds.map((r) => r.store / r.baseline))), unit: 'ratio' };
  }

  if (bench.wants('append.batch10.per_s') || bench.wants('append.batch10.events_per_s')) {
    const perSecond = await inTemporaryFolder(async (folder) => measure(openStoreLoop(folder, 10), BUDGET));
    bench.progress(`append.batch10: ${rate(perSecond)}`);
    yield { name: 'append.batch10.per_s', value: round1(perSecond), unit: 'appends/s' };
    yield { name: 'append.batch10.events_per_s', value: round1(perSecond * 10), unit: 'events/s' };
  }

  if (bench.wants('readAll.per_s')) {
    const perSecond = await inTemporaryFolder((folder) => readAllRate(folder, bench));
    yield { name: 'readAll.per_s', value: round1(perSecond), unit: 'events/s' };
  }
}

/** An append loop under measurement: `step(i)` performs the i-th append. */
interface AppendLoop {
  step(i: number): void | Promise<void>;
  close(): void | Promise<void>;
}

/** Awaited appends of `size` events each to one stream, every one expecting the previous revision. */
function openStoreLoop(folder: string, size: number): AppendLoop {
  const store = new SqliteEventStore({ path: join(folder, 'events.db') });
  const stream = `bench-${randomUUID()}`;
  let expected: ExpectedRevision = 'no-stream';
  return {
    step: async (i) => {
      const events = Array.from({ length: size }, (_, j) => benchEvent(i * size + j));
      expected = (await store.append(stream, events, expected)).nextExpectedRevision;
    },
    close: () => store.close(),
  };
}

/**
 * The single-event loop written directly on better-sqlite3: same pragmas and schema (taken from the
 * store's own schema module), same payload, one transaction per event.
 */
function openBaselineLoop(folder: string): AppendLoop {
  const db = new Database(join(folder, 'events.db'));
  for (const pragma of connectionPragmas('full', 5000)) db.pragma(pragma);
  migrate(db);
  if (db.pragma('synchronous', { simple: true }) !== 2 || db.pragma('journal_mode', { simple: true }) !== 'wal') {
    throw new Error('baseline connection is not WAL + synchronous FULL');
  }
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const currentRevision = db.prepare('SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1').pluck();
  const insert = db.prepare(
    'INSERT INTO events (event_id, stream_id, revision, type, data, metadata, recorded_at, occurred_at, schema_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const stream = `bench-${randomUUID()}`;
  let expected = -1;
  return {
    step: (i) => {
      const event = benchEvent(i);
      begin.run();
      const current = (currentRevision.get(stream) as number | undefined) ?? -1;
      if (current !== expected) throw new Error(`baseline: expected revision ${expected}, found ${current}`);
      const { occurredAt, schemaVersion } = event.metadata;
      insert.run(
        event.eventId,
        stream,
        current + 1,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        new Date().toISOString(),
        occurredAt,
        schemaVersion,
      );
      commit.run();
      expected = current + 1;
    },
    close: () => {
      db.close();
    },
  };
}

/** Runs the loop's steps within the budget; returns steps per second. Closes the loop. */
async function measure(loop: AppendLoop, budget: { ms: number; appends: number }): Promise<number> {
  try {
    const started = monotonicMs();
    let elapsed = 0;
    let done = 0;
    while (done < budget.appends && elapsed < budget.ms) {
      await loop.step(done);
      done += 1;
      elapsed = monotonicMs() - started;
    }
    return done / (elapsed / 1000);
  } finally {
    await loop.close();
  }
}

/**
 * Runs the two loops in alternating blocks (store, baseline, baseline, store, ...) until either
 * has used its budget, so that both sides see the same machine; returns each side's steps per second.
 */
async function interleave(
  store: AppendLoop,
  baseline: AppendLoop,
  budget: { ms: number; appends: number },
): Promise<{ store: number; baseline: number }> {
  const sides = [
    { loop: store, done: 0, ms: 0 },
    { loop: baseline, done: 0, ms: 0 },
  ];
  try {
    for (let block = 0; sides.every((side) => side.done < budget.appends && side.ms < budget.ms); block += 1) {
      for (const side of block % 2 === 0 ? sides : [...sides].reverse()) {
        const started = monotonicMs();
        for (let i = 0; i < BLOCK; i += 1) await side.loop.step(side.done + i);
        side.ms += monotonicMs() - started;
        side.done += BLOCK;
      }
    }
  } finally {
    await Promise.all(sides.map((side) => Promise.resolve(side.loop.close())));
  }
  const [storeSide, baselineSide] = sides.map((side) => side.done / (side.ms / 1000));
  return { store: storeSide, baseline: baselineSide };
}

/** Writes 100,000 events quickly (not measured), then times paging through them from a fresh store. */
async function readAllRate(folder: string, bench: BenchContext): Promise<number> {
  const path = join(folder, 'events.db');
  const writer = new SqliteEventStore({ path, sync: 'normal' });
  try {
    for (let written = 0; written < READ_ALL_EVENTS; written += SETUP_BATCH) {
      const events = Array.from({ length: SETUP_BATCH }, (_, j) => benchEvent(written + j));
      await writer.append(`readall-${written / SETUP_BATCH}`, events, 'no-stream');
    }
  } finally {
    await writer.close();
  }
  bench.progress(`readAll: ${READ_ALL_EVENTS} events written`);

  const reader = new SqliteEventStore({ path });
  try {
    const { read, seconds } = await readWholeLog(reader, READ_ALL_PAGE);
    if (read !== READ_ALL_EVENTS) throw new Error(`readAll: read ${read} events, wrote ${READ_ALL_EVENTS}`);
    bench.progress(`readAll: ${read} events in ${seconds.toFixed(2)} s`);
    return read / seconds;
  } finally {
    await reader.close();
  }
}

const ORGANIZATIONS = [
  'Coalition des femmes leaders pour l’environnement et le développement durable',
  'International Federation of Persons with Physical Disability (FIMITIC)',
  'Asociación Latinoamericana de Organizaciones de Promoción al Desarrollo',
];

/** An event of about 200 bytes of JSON data, with the metadata a real command would carry. */
export function benchEvent(n: number): NewEvent {
  const data = {
    requestId: `req-${n.toString().padStart(8, '0')}`,
    organizationName: ORGANIZATIONS[n % ORGANIZATIONS.length],
    ecosocStatus: 'special',
    meeting: 'HLM-2026-UHC',
    delegates: 1 + (n % 5),
  };
  const padding = 200 - JSON.stringify({ ...data, note: '' }).length;
  return {
    eventId: randomUUID(),
    type: 'AccreditationRequested',
    data: { ...data, note: 'x'.repeat(Math.max(0, padding)) },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actor: { role: 'member-state', subject: 'ke-mission-officer-7', state: 'KE' },
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round3 = (value: number) => Math.round(value * 1000) / 1000;
const rate = (value: number) => `${value.toFixed(0)}/s`;
