/**
 * Audit figures over a log of 1,000,000 events, written once (not measured) in a temporary folder:
 *
 *   rebuild.per_s        events per second of `rebuildAndCompare` over the whole log, as `npm run audit --
 *                        rebuild` runs it on the embedded store (worker threads, partitions by stream):
 *                        every projection of the engine rebuilt from zero, then every document compared with
 *                        the live store (both directions). Target >= 100,000
 *   rebuild.peak_rss_mb  the peak resident memory of the process that ran the rebuild, its worker threads
 *                        included (target < 1,024)
 *   verify.per_s         events per second of `verifyLogFile`, as `npm run audit -- verify` runs it (every
 *                        stream's hash chain recomputed in position ranges over worker threads, dense
 *                        positions and copied columns checked). Target >= 200,000
 *
 * Worker threads: AUDIT_WORKERS, else one per core (as the engine's default).
 *
 * The log is what the engine writes: the real deciders decide real commands (meetings, Member State
 * webhooks, ecosoc lists of 1,000 organizations, non-objection lists of 5,000 organizations proposed
 * 1,000 at a time, a batch, 1,500 objections from Member States, 150 of them withdrawn, two reminders, the
 * closure at the deadline), each event with the metadata the command executor gives it (the first event
 * of each command carries the command) and the hash chain. Eight lists progress side by side, so their
 * events interleave in the log as concurrent work does. It is appended with `SqliteEventStore` at
 * `sync: 'normal'`, several appends per transaction.
 *
 * The "live" projections the rebuild is compared with are built first (not measured) the engine's way, by
 * the ProjectionRunner catching up from zero, so that "matches" checks the rebuild against the engine. Each
 * measurement runs in a child process of its own (this file, forked), so that the peak memory is the
 * rebuild's alone and not that of writing the log.
 */
import { Logger } from '@nestjs/common';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { verifyLogFile } from '../src/audit/parallel-verification';
import { rebuildAndCompare } from '../src/audit/projection-rebuild';
import { Position } from '../src/event-store/event-store.port';
import { ProjectionRunner } from '../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { BenchContext, Figure, inTemporaryFolder, monotonicMs, register } from './bench-registry';
import { engineProjections } from '../src/engine/manifests';
import { engineUpcasters } from '../src/engine/engine-upcasters';
import { REBUILD_CATALOGUE_MODULE } from '../src/engine/rebuild-catalogue';
import { writeLog, seconds } from './audit-log-writer';

/** AUDIT_BENCH_EVENTS overrides it, for a quick trial of the bench itself. */
const LOG_EVENTS = Number(process.env.AUDIT_BENCH_EVENTS) || 1_000_000;
/**
 * AUDIT_BENCH_DIR keeps the log and the live projections in that folder and reuses them on the next run
 * (writing them takes about two minutes); without it, a temporary folder is used and removed.
 */
const KEPT_FOLDER = process.env.AUDIT_BENCH_DIR;
/** Worker threads for the rebuild and the verification, as the audit CLI uses by default (AUDIT_WORKERS). */
const WORKERS = Number(process.env.AUDIT_WORKERS) || availableParallelism();

register(['rebuild.', 'verify.'], auditFigures);

async function* auditFigures(bench: BenchContext): AsyncIterable<Figure> {
  const wantsRebuild = bench.wants('rebuild.per_s') || bench.wants('rebuild.peak_rss_mb');
  const wantsVerify = bench.wants('verify.per_s');
  if (!wantsRebuild && !wantsVerify) return;
  yield* await inFolder(async (folder) => {
    const figures: Figure[] = [];
    const written = await ensureLog(folder, bench);
    if (wantsRebuild) {
      if (!existsSync(join(folder, 'live.db'))) {
        const live = await inChild<LiveResult>(['live', folder]);
        bench.progress(`audit: live projections built (${live.documents.toLocaleString('en')} documents) in ${live.seconds.toFixed(1)} s`);
      }
      const run = await inChild<RebuildResult>(['rebuild', folder]);
      bench.progress(
        `audit: rebuild of ${run.events.toLocaleString('en')} events in ${run.seconds.toFixed(2)} s ` +
          `(replay ${run.replaySeconds.toFixed(2)} s, last writes and comparison ${(run.seconds - run.replaySeconds).toFixed(2)} s), ` +
          `${run.documents.toLocaleString('en')} documents, matches: ${run.matches}, peak RSS ${run.peakRssMb.toFixed(0)} MB`,
      );
      if (!run.matches) throw new Error('the rebuilt projections differ from the live ones');
      // For comparison only: what reading the log alone costs (the floor of any rebuild through the port).
      const read = await inChild<ReadResult>(['read', folder]);
      bench.progress(
        `audit: reading the log alone (readAll, pages of 500): ${Math.round(read.events / read.seconds).toLocaleString('en')} events/s`,
      );
      figures.push({ name: 'rebuild.per_s', value: Math.round(run.events / run.seconds), unit: 'events/s' });
      figures.push({ name: 'rebuild.peak_rss_mb', value: Math.round(run.peakRssMb), unit: 'MB' });
    }
    if (wantsVerify) {
      const run = await inChild<VerifyResult>(['verify', folder]);
      bench.progress(
        `audit: verified ${run.events.toLocaleString('en')} events in ${run.seconds.toFixed(2)} s, ok: ${run.ok}, peak RSS ${run.peakRssMb.toFixed(0)} MB`,
      );
      if (!run.ok || run.events < written) throw new Error(`verification failed: ${JSON.stringify(run)}`);
      figures.push({ name: 'verify.per_s', value: Math.round(run.events / run.seconds), unit: 'events/s' });
    }
    return figures;
  });
}

export function inFolder<T>(use: (folder: string) => Promise<T>): Promise<T> {
  if (!KEPT_FOLDER) return inTemporaryFolder(use);
  mkdirSync(KEPT_FOLDER, { recursive: true });
  return use(KEPT_FOLDER);
}

/** Writes the log unless the folder already holds one of the size asked for; returns its event count. */
export async function ensureLog(folder: string, bench: BenchContext): Promise<number> {
  const marker = join(folder, 'log.json');
  if (existsSync(marker)) {
    const kept = JSON.parse(readFileSync(marker, 'utf8')) as { asked: number; written: number };
    if (kept.asked === LOG_EVENTS) {
      bench.progress(`audit: reusing the log of ${kept.written.toLocaleString('en')} events in ${folder}`);
      return kept.written;
    }
  }
  for (const file of ['events.db', 'events.db-wal', 'events.db-shm', 'live.db', 'live.db-wal', 'live.db-shm', 'log.json'])
    rmSync(join(folder, file), { force: true });
  const started = monotonicMs();
  const written = await writeLog(join(folder, 'events.db'), LOG_EVENTS, bench);
  bench.progress(`audit: ${written.toLocaleString('en')} events written in ${seconds(started)} s`);
  writeFileSync(marker, JSON.stringify({ asked: LOG_EVENTS, written }));
  return written;
}

// ---------------------------------------------------------------------------------------------
// The measurements, each in a child process (this file run with `child <what> <folder>`)

interface LiveResult {
  documents: number;
  seconds: number;
}
interface ReadResult {
  events: number;
  seconds: number;
}
interface RebuildResult {
  events: number;
  documents: number;
  matches: boolean;
  seconds: number;
  replaySeconds: number;
  peakRssMb: number;
}
interface VerifyResult {
  events: number;
  ok: boolean;
  seconds: number;
  peakRssMb: number;
}

function inChild<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    // The child's stdout goes to stderr: stdout carries only figures.
    const child = fork(__filename, ['child', ...args], { stdio: ['ignore', 2, 2, 'ipc'] });
    let result: T | undefined;
    child.on('message', (message) => (result = message as T));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && result ? resolve(result) : reject(new Error(`audit bench child ${args[0]} exited with ${code}`)),
    );
  });
}

async function child(what: string, folder: string): Promise<unknown> {
  Logger.overrideLogger(false);
  const store = new SqliteEventStore({ path: join(folder, 'events.db') });
  try {
    if (what === 'live') {
      const started = monotonicMs();
      const live = new ProjectionStore(join(folder, 'live.db'));
      try {
        const runner = new ProjectionRunner(store, live, engineUpcasters);
        for (const projection of engineProjections()) runner.register(projection);
        await runner.start();
        await runner.stop();
        let documents = 0;
        for (const projection of engineProjections()) for (const _ of live.documentTexts(projection.name)) documents += 1;
        return { documents, seconds: (monotonicMs() - started) / 1000 } satisfies LiveResult;
      } finally {
        live.close();
      }
    }
    if (what === 'read') {
      const started = monotonicMs();
      let events = 0;
      let after: Position | undefined;
      for (;;) {
        const page = await store.readAll({ fromPosition: after, maxCount: 500 });
        if (page.length === 0) break;
        events += page.length;
        after = page[page.length - 1].position;
      }
      return { events, seconds: (monotonicMs() - started) / 1000 } satisfies ReadResult;
    }
    if (what === 'rebuild') {
      const live = new ProjectionStore(join(folder, 'live.db'));
      try {
        const started = monotonicMs();
        let replayed = started;
        const report = await rebuildAndCompare(store, live, engineProjections(), {
          onProgress: (progress) => {
            if (progress.phase === 'rebuild') replayed = monotonicMs();
          },
          upcasters: engineUpcasters,
          parallel: {
            eventsPath: join(folder, 'events.db'),
            livePath: join(folder, 'live.db'),
            workers: WORKERS,
            catalogueModule: REBUILD_CATALOGUE_MODULE,
          },
        });
        const seconds = (monotonicMs() - started) / 1000;
        const documents = report.perProjection.reduce((sum, p) => sum + p.documents, 0);
        return {
          events: report.events,
          documents,
          matches: report.matches,
          seconds,
          replaySeconds: (replayed - started) / 1000,
          peakRssMb: peakRssMb(),
        } satisfies RebuildResult;
      } finally {
        live.close();
      }
    }
    if (what === 'verify') {
      const started = monotonicMs();
      const report = await verifyLogFile(join(folder, 'events.db'), { workers: WORKERS });
      return {
        events: report.eventsChecked,
        ok: report.ok,
        seconds: (monotonicMs() - started) / 1000,
        peakRssMb: peakRssMb(),
      } satisfies VerifyResult;
    }
    throw new Error(`unknown child task ${what}`);
  } finally {
    await store.close();
  }
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

if (require.main === module && process.argv[2] === 'child') {
  child(process.argv[3], process.argv[4]).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
