/**
 * Raising an objection over real HTTP (127.0.0.1, keep-alive), the whole engine started in this
 * process on the embedded store at its default durability (EVENTSTORE_SQLITE_SYNC=full), each app
 * on a fresh temporary folder:
 *
 *   objection.small.p50_ms / .p99_ms  sequential POST .../entries/:entryId/objections on lists of ~100
 *                                     events (40 entries in one open batch, plus objections)
 *   objection.large.p50_ms / .p99_ms  the same on a list of 20,000 events (5,000 entries, 15,000 objections)
 *   objection.ratio                   large p50 / small p50 (target <= 1.5)
 *   objection.large_cold.first_ms     the first objection once the engine, restarted on the large list's files,
 *                                     listens (median of 3 restarts). With an empty state cache a command folds
 *                                     the whole stream first; the progress line shows the start-up time and what
 *                                     that fold alone costs, since start-up may already have folded it
 *   objection.http.per_s              objections per second from 50 concurrent keep-alive clients (global
 *                                     fetch, in a worker thread), ~5 s or 10,000 objections after 500 to warm
 *                                     up, on a list of 1,000 entries in one open batch (target >= 1,000)
 *
 * Every objection comes from a fresh (State, entry) pair, so none is refused; any answer other than 201
 * fails the group. Small and large are measured side by side, in alternating blocks of 50 requests, so a
 * burst of noise on a shared machine lands on both sides of the ratio.
 *
 * The sequential clients share the engine's event loop (their cost, the same on small and large lists, is
 * part of the latencies); the 50 throughput clients have their own loop in a worker thread, as clients on
 * other machines would, since fetch costs about as much CPU per request as the engine's whole HTTP stack.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { EventLoopUtilization, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { BenchContext, Figure, inTemporaryFolder, median, monotonicMs, percentile, register } from './bench-registry';
import { STATES, objectOnce, ObjectionTarget, buildList, STATE_TOKENS, Engine } from './objection-engine';

const WARM_UP = 50;
const SAMPLES = 300;
/** Small and large alternate in blocks of this many sequential requests. */
const BLOCK = 50;

/** Each small list: 1 ListCreated + 40 EntryProposed + 1 BatchSubmitted + 58 objections = 100 events. */
const SMALL = { entries: 40, events: 100 };
/** Requests per small list (warm-up included), so that each stays between 100 and ~150 events. */
const SMALL_REQUESTS_PER_LIST = 50;
/** The large list: 1 + 5,000 + 1 + 14,998 objections = 20,000 events. */
const LARGE = { entries: 5000, events: 20_000 };
const COLD_RESTARTS = 3;

const THROUGHPUT = { entries: 1000, clients: 50, ms: 5000, objections: 10_000, warmUp: 500 };

const LATENCY_FIGURES = [
  'objection.small.p50_ms',
  'objection.small.p99_ms',
  'objection.large.p50_ms',
  'objection.large.p99_ms',
  'objection.ratio',
  'objection.large_cold.first_ms',
];

register('objection.', objectionFigures);

async function* objectionFigures(bench: BenchContext): AsyncIterable<Figure> {
  if (LATENCY_FIGURES.some((name) => bench.wants(name))) {
    yield* await inTemporaryFolder((smallFolder) => inTemporaryFolder((largeFolder) => latencies(bench, smallFolder, largeFolder)));
  }
  if (bench.wants('objection.http.per_s')) {
    const perSecond = await inTemporaryFolder((folder) => throughput(bench, folder));
    yield { name: 'objection.http.per_s', value: round1(perSecond), unit: 'objections/s' };
  }
}

// ---------------------------------------------------------------------------------------------
// Sequential latency: small lists and a large list, side by side; then the cold first objection

async function latencies(bench: BenchContext, smallFolder: string, largeFolder: string): Promise<Figure[]> {
  const smallListCount = Math.ceil((WARM_UP + SAMPLES) / SMALL_REQUESTS_PER_LIST);
  let small: Engine | undefined;
  let large: Engine | undefined;
  try {
    small = await Engine.start(smallFolder);
    await small.createMeeting();
    const smallLists: ObjectionTarget[] = [];
    for (let i = 1; i <= smallListCount; i += 1) {
      smallLists.push(await buildList(small, `small-${i}`, SMALL.entries, SMALL.events, bench));
    }
    bench.progress(`objection: ${smallListCount} small lists of ${SMALL.events} events ready`);

    large = await Engine.start(largeFolder);
    await large.createMeeting();
    const started = monotonicMs();
    const largeList = await buildList(large, 'large', LARGE.entries, LARGE.events, bench);
    bench.progress(`objection: large list of ${LARGE.events} events ready in ${((monotonicMs() - started) / 1000).toFixed(1)} s`);

    // Small requests go round-robin over the small lists, so each list grows from 100 to ~150 events.
    let smallTurn = 0;
    const smallStep = () => {
      const target = smallLists[smallTurn % smallLists.length];
      smallTurn += 1;
      return objectOnce(small!, target);
    };
    const largeStep = () => objectOnce(large!, largeList);

    for (let i = 0; i < WARM_UP; i += 1) await smallStep();
    for (let i = 0; i < WARM_UP; i += 1) await largeStep();
    const smallSamples: number[] = [];
    const largeSamples: number[] = [];
    const threadTimes = new Map<number[], { runMs: number; waitMs: number }>([
      [smallSamples, { runMs: 0, waitMs: 0 }],
      [largeSamples, { runMs: 0, waitMs: 0 }],
    ]);
    for (let block = 0; smallSamples.length < SAMPLES || largeSamples.length < SAMPLES; block += 1) {
      const sides = [
        { step: smallStep, samples: smallSamples },
        { step: largeStep, samples: largeSamples },
      ];
      for (const side of block % 2 === 0 ? sides : sides.reverse()) {
        const before = threadClock();
        for (let i = 0; i < BLOCK && side.samples.length < SAMPLES; i += 1) side.samples.push(await side.step());
        const after = threadClock();
        const total = threadTimes.get(side.samples)!;
        if (before && after) {
          total.runMs += after.runMs - before.runMs;
          total.waitMs += after.waitMs - before.waitMs;
        }
      }
    }
    const smallP50 = percentile(smallSamples, 50);
    const largeP50 = percentile(largeSamples, 50);
    const perObjection = (samples: number[]) => {
      const { runMs, waitMs } = threadTimes.get(samples)!;
      return `; ${(runMs / samples.length).toFixed(2)} ms on CPU and ${(waitMs / samples.length).toFixed(2)} ms waiting for a CPU each (engine and client)`;
    };
    bench.progress(`objection.small: ${describeSamples(smallSamples)}${perObjection(smallSamples)}`);
    bench.progress(
      `objection.large: ${describeSamples(largeSamples)}${perObjection(largeSamples)} (stream now ${largeList.events} events)`,
    );
    await small.close();
    small = undefined;

    // Cold: the same files, a new engine; the first objection as a client sees it once the engine listens.
    // Where the engine folds the stream (during the command, or at start-up when something reads the list
    // first) shows in the progress line: start-up time, and the fold alone on a fresh executor.
    const cold: number[] = [];
    for (let restart = 1; restart <= COLD_RESTARTS; restart += 1) {
      await large.close();
      large = undefined;
      const starting = monotonicMs();
      large = await Engine.start(largeFolder);
      const startMs = monotonicMs() - starting;
      const first = await objectOnce(large, largeList);
      const second = await objectOnce(large, largeList);
      const foldMs = await large.timeFold(largeList.listId);
      cold.push(first);
      bench.progress(
        `objection.large_cold: restart ${restart}/${COLD_RESTARTS}: engine started in ${startMs.toFixed(0)} ms; ` +
          `first objection ${first.toFixed(1)} ms, second ${second.toFixed(2)} ms; folding the ${largeList.events}-event stream alone takes ${foldMs.toFixed(0)} ms`,
      );
    }

    return [
      { name: 'objection.small.p50_ms', value: round3(smallP50), unit: 'ms' },
      { name: 'objection.small.p99_ms', value: round3(percentile(smallSamples, 99)), unit: 'ms' },
      { name: 'objection.large.p50_ms', value: round3(largeP50), unit: 'ms' },
      { name: 'objection.large.p99_ms', value: round3(percentile(largeSamples, 99)), unit: 'ms' },
      { name: 'objection.ratio', value: round3(largeP50 / smallP50), unit: 'ratio' },
      { name: 'objection.large_cold.first_ms', value: round3(median(cold)), unit: 'ms' },
    ];
  } finally {
    await small?.close();
    await large?.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Throughput: 50 concurrent keep-alive clients

async function throughput(bench: BenchContext, folder: string): Promise<number> {
  const engine = await Engine.start(folder);
  try {
    await engine.createMeeting();
    const target = await buildList(engine, 'busy', THROUGHPUT.entries, THROUGHPUT.entries + 2, bench);
    bench.progress(`objection.http: list of ${THROUGHPUT.entries} entries ready; ${THROUGHPUT.warmUp} objections to warm up, then measure`);
    const result = await runClients(engine, target);
    target.pairsUsed = result.pairsUsed;
    target.events += THROUGHPUT.warmUp + result.samples.length;
    const perSecond = result.samples.length / result.seconds;
    bench.progress(
      `objection.http: ${result.samples.length} objections in ${result.seconds.toFixed(2)} s = ${perSecond.toFixed(0)}/s ` +
        `with ${THROUGHPUT.clients} clients; engine event loop busy ${(result.engineLoopBusy * 100).toFixed(0)}% of the time` +
        `${result.threadTime}; latency ${describeSamples(result.samples)} (stream now ${target.events} events)`,
    );
    return perSecond;
  } finally {
    await engine.close();
  }
}

interface ClientsResult {
  samples: number[];
  seconds: number;
  pairsUsed: number;
  /** Event loop utilization of this (the engine's) thread while the clients were measured. */
  engineLoopBusy: number;
  threadTime: string;
}

/**
 * The clients run in a worker thread, on their own event loop: the engine's loop then carries the
 * engine alone, as it would with clients on other machines (fetch costs about as much CPU per request
 * as the engine's own HTTP handling does).
 */
function runClients(engine: Engine, target: ObjectionTarget): Promise<ClientsResult> {
  const workerData = {
    listUrl: engine.listUrl(target.listId),
    entryIds: target.entryIds,
    states: STATES,
    tokens: Object.fromEntries(STATE_TOKENS),
    firstPair: target.pairsUsed,
    clients: THROUGHPUT.clients,
    warmUp: THROUGHPUT.warmUp,
    ms: THROUGHPUT.ms,
    max: THROUGHPUT.objections,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENTS_SCRIPT, { eval: true, workerData });
    let loopAtStart: EventLoopUtilization | undefined;
    let clockAtStart: ReturnType<typeof threadClock>;
    let settled = false;
    const finish = (error: Error | undefined, result?: ClientsResult) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error) reject(error);
      else resolve(result!);
    };
    worker.on('message', (message: ClientsMessage) => {
      if (message.kind === 'measuring') {
        loopAtStart = performance.eventLoopUtilization();
        clockAtStart = threadClock();
      } else if (message.kind === 'error') finish(new Error(`objection.http client: ${message.message}`));
      else {
        const engineLoopBusy = loopAtStart ? performance.eventLoopUtilization(loopAtStart).utilization : Number.NaN;
        const threadTime = describeThreadTime(clockAtStart, threadClock(), message.samples.length);
        finish(undefined, { samples: message.samples, seconds: message.seconds, pairsUsed: message.pairsUsed, engineLoopBusy, threadTime });
      }
    });
    worker.on('error', (error) => finish(error));
    worker.on('exit', (code) => finish(new Error(`objection.http clients stopped (exit code ${code}) before reporting`)));
  });
}

type ClientsMessage =
  { kind: 'measuring' } | { kind: 'error'; message: string } | { kind: 'done'; samples: number[]; seconds: number; pairsUsed: number };

/** The worker: `clients` loops, each sending one objection at a time (global fetch, keep-alive). */
const CLIENTS_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { listUrl, entryIds, states, tokens, firstPair, clients, warmUp, ms, max } = workerData;
let pair = firstPair;
async function objectOnce() {
  const n = pair++;
  const state = states[Math.floor(n / entryIds.length)];
  if (state === undefined) throw new Error('every (State, entry) pair has objected');
  const entryId = entryIds[n % entryIds.length];
  const started = performance.now();
  const response = await fetch(listUrl + '/entries/' + entryId + '/objections', {
    method: 'POST',
    headers: { authorization: tokens[state], 'content-type': 'application/json' },
    body: '{}',
  });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 201) {
    throw new Error('objection by ' + state + ' to ' + entryId + ': expected 201, got ' + response.status + ': ' + body.slice(0, 500));
  }
  return elapsed;
}
function loops(more, samples) {
  return Promise.all(Array.from({ length: clients }, async () => {
    while (more()) {
      const elapsed = await objectOnce();
      if (samples) samples.push(elapsed);
    }
  }));
}
(async () => {
  let warm = 0;
  await loops(() => warm++ < warmUp);
  parentPort.postMessage({ kind: 'measuring' });
  const samples = [];
  let sent = 0;
  const started = performance.now();
  const end = started + ms;
  await loops(() => sent++ < max && performance.now() < end, samples);
  parentPort.postMessage({ kind: 'done', samples, seconds: (performance.now() - started) / 1000, pairsUsed: pair });
})().catch((error) => parentPort.postMessage({ kind: 'error', message: String((error && error.stack) || error) }));
`;

// ---------------------------------------------------------------------------------------------

/**
 * Milliseconds this (the engine's) thread has run on a CPU and waited for one, from Linux's schedstat;
 * undefined elsewhere. On a shared machine the wait tells how much of a wall-clock figure is contention.
 */
function threadClock(): { runMs: number; waitMs: number } | undefined {
  try {
    const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return Number.isFinite(run) && Number.isFinite(wait) ? { runMs: run / 1e6, waitMs: wait / 1e6 } : undefined;
  } catch {
    return undefined;
  }
}

/** "x ms on CPU and y ms waiting for a CPU per objection", from two thread clocks; '' when unknown. */
function describeThreadTime(before: ReturnType<typeof threadClock>, after: ReturnType<typeof threadClock>, count: number): string {
  if (!before || !after || count === 0) return '';
  const run = (after.runMs - before.runMs) / count;
  const wait = (after.waitMs - before.waitMs) / count;
  return `; engine thread ${run.toFixed(2)} ms on CPU and ${wait.toFixed(2)} ms waiting for a CPU per objection`;
}

function describeSamples(samples: readonly number[]): string {
  const at = (p: number) => percentile(samples, p).toFixed(2);
  return `n=${samples.length} p50 ${at(50)} ms, p90 ${at(90)} ms, p99 ${at(99)} ms, max ${at(100)} ms`;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const round3 = (value: number) => Math.round(value * 1000) / 1000;
