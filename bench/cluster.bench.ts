/**
 * Objections over HTTP against compiled engine processes (the src/main.js compiled beside this bench, as
 * `npm run bench` runs it from .build/tools) on one PostgreSQL database (made for the run through
 * POSTGRES_BENCH_URL, default postgres://postgres@127.0.0.1:5432/postgres, and dropped after it) and one
 * Redis (REDIS_URL, default redis://127.0.0.1:6379, a QUEUE_PREFIX of the run's own):
 *
 *   cluster.objection.http.per_s.1   objections per second from 50 keep-alive clients, all to one process
 *   cluster.objection.http.per_s.3   the same, round robin over three processes (two started after .1)
 *   cluster.cores                    the cores this machine offers, load generator and database included
 *
 * The clients run in a worker thread of this process (global fetch: keep-alive connections pooled per
 * process), ~5 s or 10,000 objections after 300 to warm up, each objection by a fresh (State, entry) pair
 * of one list of 1,000 entries in one open batch. Processes writing one stream at once conflict (each
 * retries COMMAND_RETRIES times, then answers 409 CONCURRENCY_CONFLICT): a client sends such an objection
 * again, as a client should, and the count is in the progress line. Every process follows the whole log, so on a machine of
 * few cores three processes share the same CPUs as one: the figure shows the cost of running more, not a gain.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Worker } from 'node:worker_threads';
import { JwtService } from '@nestjs/jwt';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { MEMBER_STATES } from '../src/kernel/reference/reference-data';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { BenchContext, Figure, inTemporaryFolder, register } from './bench-registry';
import { deleteRedisKeys } from './bench-log';

const ADMIN_URL = process.env.POSTGRES_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ENGINE_MAIN = join(__dirname, '..', 'src', 'main.js');
const MEETING = 'bench-cluster';
const LIST = 'busy';
const ENTRIES = 1000;
const LOAD = { clients: 50, ms: 5000, objections: 10_000, warmUp: 300 };
const HEALTHY_WITHIN_MS = 120_000;
const FAR_DEADLINE = () => new Date(Date.now() + 300 * 86_400_000).toISOString();
const STATES = MEMBER_STATES.map((state) => state.code);

const jwt = new JwtService({ secret: DEVELOPMENT_JWT_SECRET, signOptions: { algorithm: 'HS256' } });
const PGA_TOKEN = `Bearer ${jwt.sign({ sub: 'bench-pga', role: 'pga' }, { expiresIn: '12h' })}`;
const stateToken = (code: string) =>
  `Bearer ${jwt.sign({ sub: `bench-${code}`, role: 'member-state', state: code }, { expiresIn: '12h' })}`;

register('cluster.', clusterFigures);

async function* clusterFigures(bench: BenchContext): AsyncIterable<Figure> {
  yield { name: 'cluster.cores', value: availableParallelism(), unit: 'cores' };
  if (!['cluster.objection.http.per_s.1', 'cluster.objection.http.per_s.3'].some((name) => bench.wants(name))) return;
  const figures = await inTemporaryFolder((folder) => withDatabase((url) => measure(bench, folder, url)));
  yield* figures;
}

async function measure(bench: BenchContext, folder: string, databaseUrl: string): Promise<Figure[]> {
  const queuePrefix = `nihil-cluster-bench-${randomBytes(4).toString('hex')}`;
  const env = (name: string) => ({
    EVENTSTORE_POSTGRES_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    PROJECTIONS_SQLITE_PATH: join(folder, name, 'projections.db'),
    WEBHOOK_SECRETS_SQLITE_PATH: join(folder, 'webhook-secrets.db'),
  });
  const engines: EngineChild[] = [];
  try {
    engines.push(await EngineChild.start(env('one')));
    const entryIds = await buildList(engines[0].url);
    const pairs = { next: 0 };
    const one = await objectionsPerSecond(bench, '1', [engines[0].url], entryIds, pairs);
    engines.push(...(await Promise.all([EngineChild.start(env('two')), EngineChild.start(env('three'))])));
    const three = await objectionsPerSecond(
      bench,
      '3',
      engines.map((engine) => engine.url),
      entryIds,
      pairs,
    );
    return [
      { name: 'cluster.objection.http.per_s.1', value: round1(one), unit: 'objections/s' },
      { name: 'cluster.objection.http.per_s.3', value: round1(three), unit: 'objections/s' },
    ];
  } finally {
    await Promise.all(engines.map((engine) => engine.kill()));
    await deleteQueueKeys(queuePrefix);
  }
}

async function objectionsPerSecond(
  bench: BenchContext,
  label: string,
  urls: string[],
  entryIds: string[],
  pairs: { next: number },
): Promise<number> {
  const result = await runClients(urls, entryIds, pairs.next);
  pairs.next = result.pairsUsed;
  const perSecond = result.count / result.seconds;
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  bench.progress(
    `cluster.objection.http.per_s.${label}: ${result.count} objections in ${result.seconds.toFixed(2)} s = ${perSecond.toFixed(0)}/s ` +
      `over ${urls.length} process(es), ${LOAD.clients} clients, ${result.conflicts} sent again after 409 CONCURRENCY_CONFLICT, ${availableParallelism()} cores, load average ${load}`,
  );
  return perSecond;
}

// ---------------------------------------------------------------------------------------------
// The list, through the first process

async function buildList(url: string): Promise<string[]> {
  const base = `${url}/v1/meetings`;
  await expectCreated(send('POST', base, PGA_TOKEN, { id: MEETING, title: 'Cluster benchmark', timezone: 'America/New_York' }));
  const meeting = `${base}/${MEETING}`;
  await expectCreated(send('POST', `${meeting}/lists`, PGA_TOKEN, { id: LIST, kind: 'non-objection', title: 'Bench list' }));
  const organizations = Array.from({ length: ENTRIES }, (_, n) => ({
    name: `Bench organization ${n}`,
    country: STATES[n % STATES.length],
    category: 'ngo',
  }));
  const proposed = await expectCreated(send('POST', `${meeting}/lists/${LIST}/entries`, PGA_TOKEN, { organizations }));
  await expectCreated(send('POST', `${meeting}/lists/${LIST}/batches`, PGA_TOKEN, { deadline: FAR_DEADLINE() }));
  return proposed.entryIds as string[];
}

async function send(method: string, url: string, authorization: string, body: unknown): Promise<Response> {
  return fetch(url, { method, headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function expectCreated(answer: Promise<Response>): Promise<Record<string, unknown>> {
  const response = await answer;
  const text = await response.text();
  if (response.status !== 201) throw new Error(`expected 201, got ${response.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// The clients, in a worker thread: objection n goes to process n mod the number of processes

interface ClientsResult {
  count: number;
  seconds: number;
  pairsUsed: number;
  /** 409 CONCURRENCY_CONFLICT answers, each sent again (the list's stream moved on in another process). */
  conflicts: number;
}

function runClients(urls: string[], entryIds: string[], firstPair: number): Promise<ClientsResult> {
  const listUrls = urls.map((url) => `${url}/v1/meetings/${MEETING}/lists/${LIST}`);
  const tokens = Object.fromEntries(STATES.map((code) => [code, stateToken(code)]));
  const workerData = { listUrls, entryIds, states: STATES, tokens, firstPair, ...LOAD };
  return new Promise((resolve, reject) => {
    const worker = new Worker(CLIENTS_SCRIPT, { eval: true, workerData });
    worker.once('message', (message: { error?: string } & ClientsResult) => {
      void worker.terminate();
      if (message.error) reject(new Error(`cluster client: ${message.error}`));
      else resolve(message);
    });
    worker.once('error', reject);
  });
}

const CLIENTS_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { listUrls, entryIds, states, tokens, firstPair, clients, warmUp, ms, objections } = workerData;
let pair = firstPair;
let conflicts = 0;
async function objectOnce() {
  const n = pair++;
  const state = states[Math.floor(n / entryIds.length)];
  if (state === undefined) throw new Error('every (State, entry) pair has objected');
  const url = listUrls[n % listUrls.length] + '/entries/' + entryIds[n % entryIds.length] + '/objections';
  for (;;) {
    const response = await fetch(url, { method: 'POST', headers: { authorization: tokens[state], 'content-type': 'application/json' }, body: '{}' });
    const body = await response.text();
    if (response.status !== 409 || !body.includes('CONCURRENCY_CONFLICT')) return check(response, body, n, url);
    conflicts += 1;
  }
}
function check(response, body, n, url) {
  if (response.status !== 201) throw new Error('objection ' + n + ' to ' + url + ': ' + response.status + ' ' + body.slice(0, 500));
}
const loops = (more) => Promise.all(Array.from({ length: clients }, async () => { while (more()) await objectOnce(); }));
(async () => {
  let warm = 0;
  await loops(() => warm++ < warmUp);
  let sent = 0;
  conflicts = 0;
  const started = performance.now();
  const end = started + ms;
  await loops(() => {
    if (sent >= objections || performance.now() >= end) return false;
    sent += 1;
    return true;
  });
  parentPort.postMessage({ count: sent, seconds: (performance.now() - started) / 1000, pairsUsed: pair, conflicts });
})().catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

// ---------------------------------------------------------------------------------------------
// Engine processes, a database and Redis keys of the run's own

class EngineChild {
  private log = '';
  private constructor(
    readonly url: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(env: Record<string, string>): Promise<EngineChild> {
    const port = await freePort();
    const { PATH, HOME } = process.env;
    const settings = {
      PATH: PATH ?? '',
      HOME: HOME ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...env,
    };
    const engine = new EngineChild(`http://127.0.0.1:${port}`, spawn(process.execPath, [ENGINE_MAIN], { env: settings }));
    engine.child.stdout?.on('data', (chunk: Buffer) => (engine.log += chunk.toString()));
    engine.child.stderr?.on('data', (chunk: Buffer) => (engine.log += chunk.toString()));
    await engine.healthy();
    return engine;
  }

  private async healthy(): Promise<void> {
    const until = Date.now() + HEALTHY_WITHIN_MS;
    while (Date.now() < until) {
      if (this.child.exitCode !== null) throw new Error(`an engine process exited while starting:\n${this.log}`);
      if (
        await fetch(`${this.url}/health`).then(
          (r) => r.status === 200,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`an engine process was not healthy within ${HEALTHY_WITHIN_MS} ms:\n${this.log}`);
  }

  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}

async function withDatabase<T>(use: (url: string) => Promise<T>): Promise<T> {
  const name = `nihil_bench_cluster_${randomBytes(6).toString('hex')}`;
  await onAdmin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await use(url.toString());
  } finally {
    await onAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function onAdmin(sql: string): Promise<void> {
  const admin = new Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function deleteQueueKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    await deleteRedisKeys(redis, prefix);
  } finally {
    redis.disconnect();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const round1 = (value: number) => Math.round(value * 10) / 10;
