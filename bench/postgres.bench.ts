/**
 * PostgreSQL event store figures, on a database made for the run and dropped after it
 * (POSTGRES_BENCH_URL, default postgres://postgres@127.0.0.1:5432/postgres, is where it is made),
 * at the server's durability settings (synchronous_commit stays on: every acknowledged append is flushed):
 *
 *   postgres.append.single.per_s           awaited one-event appends, each to a fresh stream ('no-stream'), through the store
 *   postgres.baseline.append.single.per_s  a bare INSERT ... RETURNING loop into a table like `events`, same payload, same database
 *   postgres.append.single.vs_baseline     store / baseline (target >= 0.7)
 *   postgres.readAll.per_s                 events per second paging through 100,000 events, 1,000 a page (target >= 100,000)
 *
 * Noise. This machine is shared and its load swings within seconds, so store and baseline are
 * measured side by side: both are opened (and warmed) once, then run in ROUNDS short rounds of
 * ROUND_APPENDS appends each, taken in turns in blocks of BLOCK, alternating which goes first. Each
 * round gives one store/baseline ratio over the same few hundred milliseconds; vs_baseline is the
 * median of those ratios, and the two per_s figures are the medians of the rounds' rates. A burst of
 * load then spoils a round or two, not the figure.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { BenchContext, Figure, median, monotonicMs, register } from './bench-registry';
import { readWholeLog } from './bench-log';
import { benchEvent } from './event-store.bench';

const ADMIN_URL = process.env.POSTGRES_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROUNDS = 10;
const ROUND_APPENDS = 200;
const BLOCK = 20;
const WARM_UP_APPENDS = 100;
const READ_ALL_EVENTS = 100_000;
const READ_ALL_PAGE = 1000;
const SETUP_BATCH = 1000;

register('postgres.', postgresFigures);

async function* postgresFigures(bench: BenchContext): AsyncIterable<Figure> {
  const url = await createDatabase();
  try {
    if (
      ['postgres.append.single.per_s', 'postgres.baseline.append.single.per_s', 'postgres.append.single.vs_baseline'].some((name) =>
        bench.wants(name),
      )
    ) {
      yield* appendFigures(url, bench);
    }
    if (bench.wants('postgres.readAll.per_s')) {
      yield { name: 'postgres.readAll.per_s', value: Math.round(await readAllRate(url, bench)), unit: 'events/s' };
    }
  } finally {
    await dropDatabase(url);
  }
}

async function* appendFigures(url: string, bench: BenchContext): AsyncIterable<Figure> {
  const store = openStoreLoop(url);
  const baseline = await openBaselineLoop(url);
  const rounds: Array<{ store: number; baseline: number }> = [];
  try {
    await Promise.all([store, baseline].map((loop) => timedRun(loop, WARM_UP_APPENDS)));
    for (let round = 0; round < ROUNDS; round += 1) {
      const rates = await measureRound(store, baseline, round);
      rounds.push(rates);
      const ratio = (rates.store / rates.baseline).toFixed(2);
      bench.progress(
        `postgres.append.single round ${round + 1}/${ROUNDS}: store ${rates.store.toFixed(0)}/s, baseline ${rates.baseline.toFixed(0)}/s, ${ratio}`,
      );
    }
  } finally {
    await Promise.all([store.close(), baseline.close()]);
  }
  yield { name: 'postgres.append.single.per_s', value: round1(median(rounds.map((r) => r.store))), unit: 'appends/s' };
  yield { name: 'postgres.baseline.append.single.per_s', value: round1(median(rounds.map((r) => r.baseline))), unit: 'appends/s' };
  const ratio = median(rounds.map((r) => r.store / r.baseline));
  yield { name: 'postgres.append.single.vs_baseline', value: Math.round(ratio * 1000) / 1000, unit: 'ratio' };
}

interface AppendLoop {
  /** The number of the next bench event (each side counts its own). */
  next: number;
  step(i: number): Promise<unknown>;
  close(): Promise<void>;
}

function openStoreLoop(url: string): AppendLoop {
  const store = new PostgresEventStore({ connectionString: url });
  return {
    next: 0,
    step: (i) => store.append(`bench-${randomUUID()}`, [benchEvent(i)], 'no-stream'),
    close: () => store.close(),
  };
}

/** One autocommitted INSERT ... RETURNING per event into a table with the columns and indexes of `events`, through a pool as the store's. */
async function openBaselineLoop(url: string): Promise<AppendLoop> {
  const pool = new Pool({ connectionString: url, max: 10 });
  await pool.query(`CREATE TABLE IF NOT EXISTS baseline_events (
    position bigserial PRIMARY KEY, event_id text NOT NULL UNIQUE, stream_id text NOT NULL, revision bigint NOT NULL,
    type text NOT NULL, data json NOT NULL, metadata json NOT NULL, recorded_at timestamptz NOT NULL, UNIQUE (stream_id, revision))`);
  const text =
    'INSERT INTO baseline_events (event_id, stream_id, revision, type, data, metadata, recorded_at) ' +
    'VALUES ($1, $2, 0, $3, $4, $5, $6) RETURNING position';
  return {
    next: 0,
    step: (i) => {
      const event = benchEvent(i);
      const values = [
        event.eventId,
        `bench-${randomUUID()}`,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        new Date().toISOString(),
      ];
      return pool.query({ name: 'baseline-insert', text, values });
    },
    close: () => pool.end(),
  };
}

/**
 * One round: ROUND_APPENDS awaited appends through each side, in blocks of BLOCK taken in turns (store
 * first in even rounds, baseline first in odd ones, then alternating); appends a second for each side.
 */
async function measureRound(store: AppendLoop, baseline: AppendLoop, round: number): Promise<{ store: number; baseline: number }> {
  const ms = new Map<AppendLoop, number>([
    [store, 0],
    [baseline, 0],
  ]);
  for (let block = 0; block < ROUND_APPENDS / BLOCK; block += 1) {
    for (const loop of (round + block) % 2 === 0 ? [store, baseline] : [baseline, store]) {
      ms.set(loop, ms.get(loop)! + (await timedRun(loop, BLOCK)));
    }
  }
  return { store: ROUND_APPENDS / (ms.get(store)! / 1000), baseline: ROUND_APPENDS / (ms.get(baseline)! / 1000) };
}

/** Milliseconds taken by `count` awaited steps, one after the other. */
async function timedRun(loop: AppendLoop, count: number): Promise<number> {
  const started = monotonicMs();
  for (let i = 0; i < count; i += 1) await loop.step(loop.next++);
  return monotonicMs() - started;
}

/** Writes 100,000 events (not measured), then times paging through the whole log (those and the append figures' events) from a fresh store. */
async function readAllRate(url: string, bench: BenchContext): Promise<number> {
  const writer = new PostgresEventStore({ connectionString: url });
  try {
    for (let written = 0; written < READ_ALL_EVENTS; written += SETUP_BATCH) {
      const events = Array.from({ length: SETUP_BATCH }, (_, j) => benchEvent(written + j));
      await writer.append(`readall-${randomUUID()}`, events, 'no-stream');
    }
  } finally {
    await writer.close();
  }
  const reader = new PostgresEventStore({ connectionString: url });
  try {
    const { read, seconds } = await readWholeLog(reader, READ_ALL_PAGE);
    bench.progress(`postgres.readAll: ${read} events in ${seconds.toFixed(2)} s`);
    return read / seconds;
  } finally {
    await reader.close();
  }
}

async function createDatabase(): Promise<string> {
  const name = `nihil_bench_${randomBytes(6).toString('hex')}`;
  await onAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(url: string): Promise<void> {
  await onAdmin(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
}

async function onAdmin(sql: string): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

const round1 = (value: number) => Math.round(value * 10) / 10;
