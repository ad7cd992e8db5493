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
 * Store and baseline run side by side in alternating blocks of 100 appends, in three rounds, each
 * reported as its median (as in event-store.bench.ts).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { Position } from '../src/event-store/event-store.port';
import { PostgresEventStore } from '../src/event-store/postgres/postgres-event-store';
import { BenchContext, Figure, median, monotonicMs, register } from './bench-registry';
import { benchEvent } from './event-store.bench';

const ADMIN_URL = process.env.POSTGRES_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROUNDS = 3;
const BLOCK = 100;
const ROUND_BUDGET = { ms: 1500, appends: 1500 };
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
  const rounds: Array<{ store: number; baseline: number }> = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    const rates = await interleave(openStoreLoop(url), await openBaselineLoop(url));
    rounds.push(rates);
    bench.progress(
      `postgres.append.single round ${round}/${ROUNDS}: store ${rates.store.toFixed(0)}/s, baseline ${rates.baseline.toFixed(0)}/s`,
    );
  }
  yield { name: 'postgres.append.single.per_s', value: round1(median(rounds.map((r) => r.store))), unit: 'appends/s' };
  yield { name: 'postgres.baseline.append.single.per_s', value: round1(median(rounds.map((r) => r.baseline))), unit: 'appends/s' };
  const ratio = median(rounds.map((r) => r.store / r.baseline));
  yield { name: 'postgres.append.single.vs_baseline', value: Math.round(ratio * 1000) / 1000, unit: 'ratio' };
}

interface AppendLoop {
  step(i: number): Promise<unknown>;
  close(): Promise<void>;
}

function openStoreLoop(url: string): AppendLoop {
  const store = new PostgresEventStore({ connectionString: url });
  return {
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

/** Alternating blocks (store, baseline, baseline, store, ...) until either side has used the round's budget. */
async function interleave(store: AppendLoop, baseline: AppendLoop): Promise<{ store: number; baseline: number }> {
  const sides = [
    { loop: store, done: 0, ms: 0 },
    { loop: baseline, done: 0, ms: 0 },
  ];
  try {
    for (let block = 0; sides.every((side) => side.done < ROUND_BUDGET.appends && side.ms < ROUND_BUDGET.ms); block += 1) {
      for (const side of block % 2 === 0 ? sides : [...sides].reverse()) {
        const started = monotonicMs();
        for (let i = 0; i < BLOCK; i += 1) await side.loop.step(side.done + i);
        side.ms += monotonicMs() - started;
        side.done += BLOCK;
      }
    }
  } finally {
    await Promise.all(sides.map((side) => side.loop.close()));
  }
  const [storeRate, baselineRate] = sides.map((side) => side.done / (side.ms / 1000));
  return { store: storeRate, baseline: baselineRate };
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
    let after: Position | undefined;
    let read = 0;
    const started = monotonicMs();
    for (;;) {
      const page = await reader.readAll({ fromPosition: after, maxCount: READ_ALL_PAGE });
      if (page.length === 0) break;
      read += page.length;
      after = page[page.length - 1].position;
    }
    const seconds = (monotonicMs() - started) / 1000;
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
