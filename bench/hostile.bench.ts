/**
 * How well the engine keeps answering while hostile clients send it bad requests (the whole engine
 * started in this process, embedded store, clients over loopback):
 *
 *   hostile.deep_json.block_ms  the longest /health took while a nested-JSON body was in flight: 4 MB
 *                               of `[[[...` (over the size limit) and 2 MiB less a byte (under it, so the
 *                               depth scan refuses it), five of each (target < 50 ms)
 *   hostile.health.p99_ms       p99 of /health while 50 clients send bad requests for 5 s: nested and
 *                               oversized JSON, bad JSON, a wrong media type, unknown routes (target < 100 ms)
 *   hostile.xlsx_inflation.refuse_ms, .rss_growth_mib
 *                               the slowest refusal of a 1 MiB workbook whose worksheet inflates to 1 GiB behind
 *                               ordinary declared sizes, and the engine's largest memory growth meanwhile, over
 *                               three imports (targets < 2000 ms, < 200 MiB)
 *   hostile.xlsx_wide.refuse_ms, .rss_growth_mib
 *                               the same for a workbook of 1000 rows whose header reaches column XFD
 *   hostile.render_flood.other_caller_ms, .alone_ms
 *                               another account's letter while one account asks for eleven letters at once,
 *                               and the same kind of letter alone (render-flood.ts; Debian's Chromium)
 */
import 'reflect-metadata';
import { Worker } from 'node:worker_threads';
import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { XLSX_MEDIA_TYPE } from '../src/platform/http/upload-body';
import { inflatingWorkbook, wideWorkbook } from './hostile-files';
import { renderFlood } from './render-flood';
import { portOf, startBenchEngine } from './bench-engine';
import { BenchContext, Figure, inTemporaryFolder, monotonicMs, percentile, register } from './bench-registry';

const CLIENTS = 50;
const FLOOD_MS = 5000;
const REPEATS = 5;
const WARM_UP = 50;
const REFUSALS = 3;

register('hostile.', async (bench) => [
  ...(await inTemporaryFolder((folder) => measure(bench, folder))),
  ...(bench.wants('hostile.render_flood.other_caller_ms') || bench.wants('hostile.render_flood.alone_ms')
    ? await inTemporaryFolder((folder) => renderFlood(folder, (line) => bench.progress(line)))
    : []),
]);

async function measure(bench: BenchContext, folder: string): Promise<Figure[]> {
  const app = await startBenchEngine(folder);
  try {
    const base = `http://127.0.0.1:${portOf(app)}`;
    const figures: Figure[] = [];
    // The first answers of /health are slow (its checks warm up): not what is measured here.
    for (let i = 0; i < WARM_UP; i++) await timedHealth(base);
    if (bench.wants('hostile.deep_json.block_ms')) {
      bench.progress('hostile: /health while nested bodies are refused');
      figures.push({ name: 'hostile.deep_json.block_ms', value: await deepJsonBlock(base), unit: 'ms' });
    }
    if (bench.wants('hostile.health.p99_ms')) {
      bench.progress(`hostile: /health while ${CLIENTS} clients send bad requests for ${FLOOD_MS / 1000} s`);
      figures.push({ name: 'hostile.health.p99_ms', value: await healthUnderFlood(base), unit: 'ms' });
    }
    for (const [kind, file] of [
      ['xlsx_inflation', inflatingWorkbook],
      ['xlsx_wide', wideWorkbook],
    ] as const) {
      if (!bench.wants(`hostile.${kind}.refuse_ms`) && !bench.wants(`hostile.${kind}.rss_growth_mib`)) continue;
      bench.progress(`hostile: importing ${kind.replace('_', ' ')} workbooks`);
      figures.push(...(await importRefusals(base, kind, await file())));
    }
    return figures;
  } finally {
    await app.close();
  }
}

/**
 * Hostile clients run in a worker thread, so that building and sending their bodies does not hold up
 * the event loop the engine (and the /health probe) runs on: only the engine's own work is measured.
 */
const HOSTILE_CLIENTS = `
const { workerData, parentPort } = require('node:worker_threads');
const { base, token, kinds, clients, durationMs, repeats } = workerData;
const nested = (bytes) => '['.repeat(bytes / 2) + ']'.repeat(bytes / 2);
const entries = '/v1/meetings/bench-hostile/lists/civil-society/entries';
const json = { authorization: 'Bearer ' + token, 'content-type': 'application/json' };
const requests = {
  'nested-4mb': [ 'POST', entries, nested(4 * 1024 * 1024), json ],
  'nested-2mib': [ 'POST', entries, nested(2 * 1024 * 1024 - 2), json ],
  'nested-64kib': [ 'POST', entries, nested(64 * 1024), json ],
  'oversized': [ 'POST', '/v1/meetings', nested(4 * 1024 * 1024), json ],
  'bad-json': [ 'POST', '/v1/meetings', '{"id":"x",', json ],
  'form': [ 'POST', '/v1/meetings', 'id=x', { ...json, 'content-type': 'application/x-www-form-urlencoded' } ],
  'no-route': [ 'GET', '/v1/nothing-here', undefined, json ],
};
async function send(kind) {
  const [method, path, body, headers] = requests[kind];
  const response = await fetch(base + path, { method, headers, body }).catch(() => undefined);
  if (response && response.status >= 500) throw new Error(method + ' ' + path + ' answered ' + response.status);
  await response?.arrayBuffer();
}
async function main() {
  if (repeats) {
    for (let i = 0; i < repeats; i++) for (const kind of kinds) {
      parentPort.postMessage('start');
      await send(kind);
      parentPort.postMessage('end');
    }
    return;
  }
  const until = Date.now() + durationMs;
  await Promise.all(Array.from({ length: clients }, async (_, c) => {
    for (let i = c; Date.now() < until; i++) await send(kinds[i % kinds.length]);
  }));
}
main().then(() => parentPort.postMessage('done'), (error) => { throw error; });
`;

function hostileClients(base: string, options: { kinds: string[]; clients?: number; durationMs?: number; repeats?: number }): Worker {
  const token = new JwtService({ secret: DEVELOPMENT_JWT_SECRET }).sign({ sub: 'bench', role: 'pga' });
  return new Worker(HOSTILE_CLIENTS, { eval: true, workerData: { base, token, ...options } });
}

/** The slowest /health while the worker has one hostile request in flight, over all its requests. */
async function deepJsonBlock(base: string): Promise<number> {
  const worker = hostileClients(base, { kinds: ['nested-4mb', 'nested-2mib'], repeats: REPEATS });
  let inFlight = false;
  let finished = false;
  const failed = new Promise<never>((_, reject) => worker.once('error', reject));
  worker.on('message', (message: string) => {
    if (message === 'start') inFlight = true;
    if (message === 'end') inFlight = false;
    if (message === 'done') finished = true;
  });
  let slowest = 0;
  while (!finished) {
    const latency = await Promise.race([timedHealth(base), failed]);
    if (inFlight) slowest = Math.max(slowest, latency);
  }
  await worker.terminate();
  return slowest;
}

async function healthUnderFlood(base: string): Promise<number> {
  const kinds = ['nested-64kib', 'oversized', 'bad-json', 'form', 'no-route'];
  const worker = hostileClients(base, { kinds, clients: CLIENTS, durationMs: FLOOD_MS });
  const done = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: string) => message === 'done' && resolve());
  });
  let finished = false;
  void done.then(() => (finished = true));
  const latencies: number[] = [];
  while (!finished) latencies.push(await Promise.race([timedHealth(base), done.then(() => 0)]));
  await worker.terminate();
  return percentile(latencies.length > 1 ? latencies.slice(0, -1) : latencies, 99);
}

/** The slowest refusal of `file` by the import, and the engine's largest memory growth (sampled every 5 ms) while it was refused. */
async function importRefusals(base: string, kind: string, file: Buffer): Promise<Figure[]> {
  const token = new JwtService({ secret: DEVELOPMENT_JWT_SECRET }).sign({ sub: 'bench', role: 'pga' }, { expiresIn: '1h' });
  const headers = { authorization: `Bearer ${token}`, 'content-type': XLSX_MEDIA_TYPE };
  let slowest = 0;
  let growth = 0;
  for (let i = 0; i < REFUSALS; i++) {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const started = monotonicMs();
    const response = await fetch(`${base}/v1/meetings/bench-hostile/lists/civil-society/entries/import`, {
      method: 'POST',
      headers,
      body: file,
    });
    await response.arrayBuffer();
    slowest = Math.max(slowest, monotonicMs() - started);
    clearInterval(sampler);
    growth = Math.max(growth, (Math.max(peak, process.memoryUsage().rss) - before) / 1024 / 1024);
    if (response.status !== 400) throw new Error(`the import answered ${response.status} to the ${kind} workbook`);
  }
  return [
    { name: `hostile.${kind}.refuse_ms`, value: slowest, unit: 'ms' },
    { name: `hostile.${kind}.rss_growth_mib`, value: growth, unit: 'MiB' },
  ];
}

async function timedHealth(base: string): Promise<number> {
  const started = monotonicMs();
  const response = await fetch(`${base}/health`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`/health answered ${response.status}`);
  return monotonicMs() - started;
}
