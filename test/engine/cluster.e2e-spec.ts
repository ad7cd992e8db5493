import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { MEMBER_STATES } from '../../src/kernel/reference/reference-data';
import { Answer, clients, Cluster, eventually, Request } from '../support/cluster-load';
import { EngineProcess } from '../support/engine-process';
import { createTestDatabase, TestDatabase } from '../support/postgres-database';
import { deleteKeys } from '../support/private-redis';
import { temporaryDirectory } from '../support/temporary-directory';
import { bearer } from '../support/tokens';

/**
 * Issue 16: three compiled engine processes on one PostgreSQL database and one Redis. 30 clients send
 * objections and proposals, each with an Idempotency-Key, retried on another process after a network
 * error or a 5xx; after each acknowledged command a different process is read with x-consistent-at. One
 * process is killed with SIGKILL mid-load and restarted. Then the log, the keys, the batch closures, the
 * hash chain and every process's views (against a rebuild, and against a fourth process started late)
 * are checked. Nothing here measures time: the waits are generous bounds.
 */
const MEETING = 'cluster-2016';
const LIST = 'ngos';
const BASE = `/v1/meetings/${MEETING}`;
const CLIENTS = 30;
const COMMANDS_PER_CLIENT = 8;
/** Commands from this index on wait for the killed process to be back, so it serves load again. */
const AFTER_RESTART = 6;
/** The kill comes once this many commands have been answered. */
const KILL_AT = 60;
const ENTRIES_PER_BATCH = 15;
const BATCH_DEADLINES_S = [12, 24];
const LAST_BATCH_DEADLINE_S = 4;
const CLOSURES_WITHIN_MS = 100_000;
const STATES = MEMBER_STATES.slice(0, CLIENTS).map((state) => state.code);

interface Command {
  key: string;
  kind: 'objection' | 'proposal';
  request: Request;
  /** The entry objected to, and by which State. */
  target?: { entryId: string; state: string };
  answer?: Answer;
}

interface LoggedEvent {
  position: string;
  streamId: string;
  type: string;
  data: Record<string, unknown>;
  metadata: { correlationId: string; causationId: string };
}

/** A bound for jest, not a measure: the test takes about a minute on two busy cores. */
const TEST_TIMEOUT_MS = 300_000;
const START_TIMEOUT_MS = 120_000;

describe('three engine processes on PostgreSQL and Redis, one killed with SIGKILL mid-load', () => {
  const dir = temporaryDirectory('nihil-obstat-cluster-');
  const run = randomBytes(4).toString('hex');
  const queuePrefix = `nihil-cluster-test-${run}`;
  let database: TestDatabase;
  let cluster: Cluster;
  const engines: EngineProcess[] = [];
  const envFor = (name: string) => ({
    EVENTSTORE_POSTGRES_URL: database.url,
    REDIS_URL: 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: queuePrefix,
    PROJECTIONS_SQLITE_PATH: `${dir.path}/${name}/projections.db`,
    WEBHOOK_SECRETS_SQLITE_PATH: `${dir.path}/webhook-secrets.db`,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    engines.push(...(await Promise.all(['one', 'two', 'three'].map((name) => EngineProcess.start(envFor(name))))));
    cluster = new Cluster(engines);
  }, START_TIMEOUT_MS);
  afterAll(async () => {
    await Promise.all(engines.map((engine) => engine.kill()));
    await database?.drop();
    const redis = new Redis('redis://127.0.0.1:6379');
    await deleteKeys(redis, queuePrefix).finally(() => redis.disconnect());
    dir.remove();
  }, START_TIMEOUT_MS);

  it(
    'keeps every acknowledged command once, closes every batch once, and every process agrees with the log',
    async () => {
      const entries = await setUp(cluster);
      const commands = plan(entries, run);
      const staleReads = await load(cluster, commands);
      await submitBatch(cluster, LAST_BATCH_DEADLINE_S);
      await everyBatchClosed(cluster, BATCH_DEADLINES_S.length + 1);

      const log = await readLog(cluster);
      expect(staleReads).toEqual([]);
      expect(commands.flat().filter((c) => c.answer?.status === 201).length).toBeGreaterThan(CLIENTS);
      expect(logProblems(commands, log, run)).toEqual([]);
      expect(closuresPerBatch(log)).toEqual({ 1: 1, 2: 1, 3: 1 });
      const verification = await cluster.send({ method: 'GET', path: '/v1/audit/verification', headers: bearer('auditor') }, 1);
      expect(verification.body).toMatchObject({ ok: true, eventsChecked: log.length });

      const late = await EngineProcess.start(envFor('late'));
      engines.push(late);
      const end = log[log.length - 1].position;
      const views = await Promise.all(engines.map((engine) => viewsOf(engine, end)));
      for (const view of views.slice(1)) expect(view).toEqual(views[0]);
      const rebuilds = await Promise.all(['one', 'two', 'three', 'late'].map((name) => rebuildAndCompare(envFor(name))));
      expect(rebuilds).toEqual(rebuilds.map(() => ({ code: 0, matches: true })));
    },
    TEST_TIMEOUT_MS,
  );

  /** The meeting, the list and two batches of 15 entries each, with deadlines a few seconds ahead. */
  async function setUp(c: Cluster): Promise<string[]> {
    const pga = bearer('pga');
    const meeting = { id: MEETING, title: 'Drug problem special session', timezone: 'America/New_York' };
    await expectCreated(c.send({ method: 'POST', path: '/v1/meetings', headers: pga, body: meeting }, 0));
    const list = { id: LIST, kind: 'non-objection', title: 'Other NGOs' };
    await expectCreated(c.send({ method: 'POST', path: `${BASE}/lists`, headers: pga, body: list }, 1));
    const entryIds: string[] = [];
    for (const [b, seconds] of BATCH_DEADLINES_S.entries()) {
      const organizations = Array.from({ length: ENTRIES_PER_BATCH }, (_, i) => organization(`Setup ${b}-${i}`, i));
      const proposed = await expectCreated(
        c.send({ method: 'POST', path: `${BASE}/lists/${LIST}/entries`, headers: pga, body: { organizations } }, 2),
      );
      entryIds.push(...(proposed.entryIds as string[]));
      await submitBatch(c, seconds);
    }
    return entryIds;
  }
});

function organization(name: string, n: number) {
  return { name: `Cluster organization ${name}`, country: STATES[n % STATES.length], category: 'ngo' };
}

async function expectCreated(answer: Promise<Answer>): Promise<Record<string, unknown>> {
  const { status, body } = await answer;
  if (status !== 201) throw new Error(`expected 201, got ${status}: ${JSON.stringify(body)}`);
  return body;
}

async function submitBatch(c: Cluster, secondsAhead: number): Promise<void> {
  const deadline = new Date(Date.now() + secondsAhead * 1000).toISOString();
  await expectCreated(c.send({ method: 'POST', path: `${BASE}/lists/${LIST}/batches`, headers: bearer('pga'), body: { deadline } }, 0));
}

/**
 * Client i acts for State i: six objections to entries of its own choosing (no two clients' State
 * objects to the same entry twice) and two proposals. Key and correlation id are the same string.
 */
function plan(entryIds: readonly string[], run: string): Command[][] {
  return STATES.map((state, client) => {
    let objections = 0;
    return Array.from({ length: COMMANDS_PER_CLIENT }, (_, k): Command => {
      const key = `cluster-${run}-c${client}-k${k}`;
      const headers = { 'idempotency-key': key, 'x-correlation-id': key };
      if (k % 4 === 3) {
        const body = { organization: organization(`${run} c${client} k${k}`, client + k) };
        return {
          key,
          kind: 'proposal',
          request: { method: 'POST', path: `${BASE}/lists/${LIST}/entries`, headers: { ...headers, ...bearer('pga') }, body },
        };
      }
      const entryId = entryIds[(client + 3 * objections++) % entryIds.length];
      const path = `${BASE}/lists/${LIST}/entries/${entryId}/objections`;
      const body = { reason: `Objection ${k} of client ${client}` };
      return {
        key,
        kind: 'objection',
        request: { method: 'POST', path, headers: { ...headers, ...bearer('member-state', state) }, body },
        target: { entryId, state },
      };
    });
  });
}

/**
 * Runs every client's commands; kills process two once KILL_AT commands are answered and restarts it.
 * Resolves with every read through x-consistent-at that did not show the acknowledged write.
 */
async function load(c: Cluster, perClient: Command[][]): Promise<string[]> {
  const stale: string[] = [];
  let answered = 0;
  let restarted: Promise<void> | undefined;
  let signalRestart: () => void = () => undefined;
  const back = new Promise<void>((resolve) => (signalRestart = resolve));
  await clients(perClient.length, async (client) => {
    for (const [k, command] of perClient[client].entries()) {
      if (k === AFTER_RESTART) await back;
      command.answer = await c.send(command.request, client + k);
      answered += 1;
      if (answered === KILL_AT) restarted = killAndRestart(c.engines[1]).then(signalRestart);
      if (command.answer.status === 201) await checkConsistentRead(c, command, stale);
    }
  });
  await restarted;
  return stale;
}

async function killAndRestart(engine: EngineProcess): Promise<void> {
  await engine.kill();
  await engine.restart();
}

/** Reads the list from a process other than the one that answered, at the answered position. */
async function checkConsistentRead(c: Cluster, command: Command, stale: string[]): Promise<void> {
  const { by, body } = command.answer!;
  const headers = { ...bearer('pga'), 'x-consistent-at': String(body.position) };
  const read = await c.send({ method: 'GET', path: `${BASE}/lists/${LIST}`, headers }, by + 1, by);
  if (read.status !== 200) {
    stale.push(`${command.key}: read answered ${read.status}`);
    return;
  }
  const shown = read.body.entries as Array<{ id: string; objections?: Array<{ state: string }> }>;
  const reflected =
    command.kind === 'proposal'
      ? shown.some((entry) => entry.id === body.entryId)
      : shown.some((entry) => entry.id === command.target!.entryId && entry.objections!.some((o) => o.state === command.target!.state));
  if (!reflected) stale.push(`${command.key}: process ${read.by} at ${String(body.position)} did not show it`);
}

/** Every process's list view shows `count` batches, all closed (each closes itself at its deadline). */
async function everyBatchClosed(c: Cluster, count: number): Promise<void> {
  await eventually(`${count} batches closed on every process`, CLOSURES_WITHIN_MS, async () => {
    const lists = await Promise.all(
      c.engines.map((_, i) => c.send({ method: 'GET', path: `${BASE}/lists/${LIST}`, headers: bearer('pga') }, i)),
    );
    return lists.every(({ body }) => {
      const batches = body.batches as Array<{ status: string }>;
      return batches.length === count && batches.every((batch) => batch.status === 'closed');
    });
  });
}

/** The whole log in global order, through the audit route, page by page. */
async function readLog(c: Cluster): Promise<LoggedEvent[]> {
  const events: LoggedEvent[] = [];
  for (let after: string | null = ''; after !== null;) {
    const query: string = after ? `&after=${after}` : '';
    const page = await c.send({ method: 'GET', path: `/v1/audit/events?limit=1000${query}`, headers: bearer('auditor') }, 0);
    events.push(...(page.body.events as LoggedEvent[]));
    after = page.body.next as string | null;
  }
  return events;
}

/**
 * What the log says about each command: an acknowledged one made its events once (one request, one
 * event of its kind, at or before the answered position); a refused one made none; no other request
 * carries this run's correlation ids.
 */
function logProblems(perClient: Command[][], log: readonly LoggedEvent[], run: string): string[] {
  const commands = new Map(perClient.flat().map((command) => [command.key, command]));
  const byKey = new Map<string, LoggedEvent[]>();
  for (const event of log) byKey.set(event.metadata.correlationId, [...(byKey.get(event.metadata.correlationId) ?? []), event]);
  const problems = [...byKey.keys()]
    .filter((key) => key.startsWith(`cluster-${run}-`) && !commands.has(key))
    .map((key) => `${key}: unknown`);
  for (const command of commands.values()) problems.push(...commandProblems(command, byKey.get(command.key) ?? []));
  return problems;
}

function commandProblems(command: Command, events: readonly LoggedEvent[]): string[] {
  const { key, answer } = command;
  if (answer!.status !== 201) return events.length === 0 ? [] : [`${key}: refused (${answer!.status}) yet stored ${events.length} events`];
  const requests = new Set(events.map((event) => event.metadata.causationId));
  const made = events.filter((event) => event.type === (command.kind === 'proposal' ? 'EntryProposed' : 'ObjectionRaised'));
  const problems: string[] = [];
  if (requests.size !== 1) problems.push(`${key}: events from ${requests.size} requests`);
  if (made.length !== 1) problems.push(`${key}: ${made.length} ${command.kind} events`);
  const entryId = command.kind === 'proposal' ? answer!.body.entryId : command.target!.entryId;
  if (made[0]?.data.entryId !== entryId) problems.push(`${key}: the event is not about entry ${String(entryId)}`);
  if (events.some((event) => BigInt(event.position) > BigInt(String(answer!.body.position))))
    problems.push(`${key}: stored after the answered position`);
  return problems;
}

function closuresPerBatch(log: readonly LoggedEvent[]): Record<number, number> {
  const closures: Record<number, number> = {};
  for (const event of log.filter((e) => e.type === 'BatchClosed')) {
    const batch = event.data.batch as number;
    closures[batch] = (closures[batch] ?? 0) + 1;
  }
  return closures;
}

/** What a process shows at `position`: the meeting, the list (as the PGA sees it) and the accreditations. */
async function viewsOf(engine: EngineProcess, position: string): Promise<unknown[]> {
  const headers = { ...bearer('pga'), 'x-consistent-at': position };
  const paths = [BASE, `${BASE}/lists/${LIST}`, `${BASE}/accreditations`];
  return Promise.all(
    paths.map(async (path) => {
      const response = await engine.fetch(path, { headers });
      return { path, status: response.status, body: await response.json() };
    }),
  );
}

/** `npm run audit -- rebuild` against one process's views: replays the log and compares every document. */
function rebuildAndCompare(env: Record<string, string>): Promise<{ code: number | null; matches: unknown }> {
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env;
  const child = spawn(process.execPath, ['dist/scripts/audit.js', 'rebuild'], { env: { ...inherited, ...env, LOG_LEVEL: 'silent' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, matches: matchesIn(stdout) ?? stderr.slice(-2000) })));
}

function matchesIn(summary: string): unknown {
  try {
    return (JSON.parse(summary) as { matches?: unknown }).matches;
  } catch {
    return undefined;
  }
}
