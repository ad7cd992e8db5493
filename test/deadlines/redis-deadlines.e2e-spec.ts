import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DeadlinePlanner } from '../../src/deadlines/deadline-planner';
import { DeadlineReconciler } from '../../src/deadlines/deadline-reconciler';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from '../../src/deadlines/deadline-scheduler.port';
import { closeBatchJob } from '../../src/deadlines/scheduled-job';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { temporaryDirectory } from '../support/temporary-directory';
import { deleteKeys, PrivateRedis, scanKeys } from '../support/private-redis';

/**
 * The whole engine against a real Redis (BullMQ): deadlines close their batches by themselves, once,
 * through restarts, FLUSHALL, outages and several engines racing. BullMQ delays are real time, so
 * every engine's clock follows real time (see `startEngine`). Each test has its own queue prefix,
 * whose keys are deleted afterwards; tests that kill or flush Redis run their own redis-server.
 */

const SHARED_REDIS = 'redis://127.0.0.1:6379';
const MEETING = 'trafficking-2013';
const QUEUE_NAME = 'deadlines';
const SAFETY_TIMEOUT_MS = 10_000;
const SYSTEM = { role: 'system', subject: 'deadline-scheduler' };

type Procedure = ReturnType<typeof procedure>;
interface BatchView {
  number: number;
  deadline: string;
  status: 'open' | 'closed';
  closedAt?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000);

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = SAFETY_TIMEOUT_MS): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > giveUp) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** A list with one entry, submitted as batch 1 with `deadline`; returns the entry's id. */
async function openBatch(p: Procedure, listId: string, deadline: Date): Promise<string> {
  await p.createList(listId, 'non-objection');
  const [entryId] = await p.propose(listId, [org(`Organization of ${listId}`, 'NLD')]);
  await p.submit(listId, deadline.toISOString());
  return entryId;
}

async function batchOf(p: Procedure, listId: string, batch = 1): Promise<BatchView> {
  return ((await p.list(listId)).batches as BatchView[]).find((b) => b.number === batch)!;
}

/** Polls the list view (the projections) until the batch is closed. */
async function waitUntilClosed(p: Procedure, listId: string, timeoutMs = SAFETY_TIMEOUT_MS): Promise<BatchView> {
  await until(async () => (await batchOf(p, listId)).status === 'closed', `batch 1 of ${listId} to close`, timeoutMs);
  return batchOf(p, listId);
}

async function batchClosedEvents(t: TestApp, listId: string): Promise<StoredEvent[]> {
  return (await t.store.readStream(`list-${MEETING}.${listId}`)).filter((e) => e.type === 'BatchClosed');
}

const closeJobOf = (listId: string, deadline: Date) =>
  closeBatchJob({ meetingId: MEETING, listId, batch: 1, deadline: deadline.toISOString() });

/** The BullMQ job hashes of close-batch jobs under `prefix` (not their `:logs`/`:lock` companions). */
async function closeJobKeys(redis: Redis, prefix: string): Promise<string[]> {
  const base = `${prefix}:${QUEUE_NAME}:`;
  return (await scanKeys(redis, `${base}close/*`)).filter((key) => !key.slice(base.length).includes(':'));
}

describe('deadlines on BullMQ with real Redis (whole engine)', () => {
  let admin: Redis;
  let prefix: string;
  let engines: Set<TestApp>;
  let queues: Queue[];
  let folders: Array<{ remove(): void }>;
  let server: PrivateRedis | undefined;

  beforeAll(() => {
    admin = new Redis(SHARED_REDIS);
  });

  afterAll(() => {
    admin.disconnect();
  });

  beforeEach(() => {
    prefix = `test-${randomUUID()}`;
    engines = new Set();
    queues = [];
    folders = [];
    server = undefined;
  });

  afterEach(async () => {
    // Engines close only while their Redis answers: during an outage RedisShutdown's quit() waits forever.
    if (server) await server.ensureRunning();
    for (const t of [...engines]) await stopEngine(t);
    for (const queue of queues) await queue.close();
    await deleteKeys(admin, prefix);
    await server?.stop();
    folders.forEach((folder) => folder.remove());
  });

  /**
   * The whole engine on this test's queue prefix. Its ManualClock is made to follow real time (BullMQ
   * delays are real): it starts at now, and `now()` reads the real clock once the app is up.
   */
  async function startEngine(options: { redisUrl?: string; dataDir?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
    const t = await startTestApp({
      dataDir: options.dataDir,
      now: new Date().toISOString(),
      env: {
        REDIS_URL: options.redisUrl ?? SHARED_REDIS,
        QUEUE_PREFIX: prefix,
        DEADLINE_RECONCILE_INTERVAL_MS: '300',
        JOB_RETRY_BASE_MS: '50',
        ...options.env,
      },
    });
    t.clock.now = () => new Date();
    engines.add(t);
    return t;
  }

  async function stopEngine(t: TestApp): Promise<void> {
    engines.delete(t);
    await t.close();
  }

  function folder(): string {
    const dir = temporaryDirectory();
    folders.push(dir);
    return dir.path;
  }

  /** A BullMQ queue handle on this test's prefix, to look at job states. */
  function inspect(redisUrl = SHARED_REDIS): Queue {
    const queue = new Queue(QUEUE_NAME, { connection: { url: redisUrl }, prefix });
    queue.on('error', () => undefined);
    queues.push(queue);
    return queue;
  }

  // First, as in bullmq-deadline-scheduler.spec.ts: any BullMQ timer the outage leaves behind expires during the other tests.
  it('keeps taking commands during a Redis outage, reports it on /health, and re-arms every deadline once Redis is back', async () => {
    server = await PrivateRedis.start();
    const t = await startEngine({ redisUrl: server.url });
    const p = procedure(t);
    await p.createMeeting();
    // Far enough ahead that Redis is down, back and the jobs re-armed well before it.
    const before = secondsFromNow(15);
    const entryBefore = await openBatch(p, 'before', before);
    const beforeJob = closeJobOf('before', before);
    expect(await server.client.exists(`${prefix}:${QUEUE_NAME}:${beforeJob.id}`)).toBe(1);

    await server.kill();
    // Commands that need no Redis, and one that schedules a deadline, answer as usual, and soon.
    const during = new Date(before.getTime() + 1000);
    const startedAt = Date.now();
    await p.createList('during', 'non-objection');
    await p.propose('during', [org('Organization of during', 'KEN')]);
    const submitted = await p.post(`${p.base}/lists/during/batches`, { deadline: during.toISOString() });
    expect(submitted.statusCode).toBe(201);
    const objection = await p.object('before', entryBefore, 'FRA', { reason: 'Not independent of the Government' });
    expect(objection.statusCode).toBe(201);
    expect(Date.now() - startedAt).toBeLessThan(5000);

    const health = await t.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(503);
    const down = health.json();
    expect(down.status).toBe('error');
    expect(down.error).toMatchObject({ redis: { status: 'down' }, deadlines: { status: 'down', message: expect.any(String) } });
    expect(down.info).toMatchObject({ eventStore: { status: 'up' } });

    // An empty Redis comes back: reconciliation (every 300 ms) schedules both deadlines again.
    await server.restart();
    const duringJob = closeJobOf('during', during);
    await until(
      async () => (await server!.client.exists(`${prefix}:${QUEUE_NAME}:${beforeJob.id}`, `${prefix}:${QUEUE_NAME}:${duringJob.id}`)) === 2,
      'reconciliation to re-arm both deadlines',
      20_000,
    );
    expect(Date.now()).toBeLessThan(before.getTime());
    expect((await batchOf(p, 'before')).status).toBe('open');
    expect((await batchOf(p, 'during')).status).toBe('open');
    await until(async () => (await t.inject({ method: 'GET', url: '/health' })).statusCode === 200, '/health to answer 200 again');

    const closedBefore = await waitUntilClosed(p, 'before', 20_000);
    const closedDuring = await waitUntilClosed(p, 'during', 20_000);
    expect(closedBefore).toMatchObject({ status: 'closed', deadline: before.toISOString() });
    expect(closedDuring).toMatchObject({ status: 'closed', deadline: during.toISOString() });
    for (const [listId, deadline] of [
      ['before', before],
      ['during', during],
    ] as const) {
      const closed = await batchClosedEvents(t, listId);
      expect(closed).toHaveLength(1);
      expect(closed[0].metadata.actor).toEqual(SYSTEM);
      expect(Date.parse(closed[0].recordedAt)).toBeGreaterThanOrEqual(deadline.getTime());
    }
    // The objection raised during the outage counted.
    const entries = (await p.list('before')).entries as Array<{ id: string; status: string }>;
    expect(entries.find((e) => e.id === entryBefore)!.status).toBe('objected');
  }, 90_000);

  it('closes a batch by itself at a deadline ~2 s ahead, as the system actor; /health lists redis and the queue', async () => {
    const t = await startEngine();
    const p = procedure(t);
    await p.createMeeting();
    const deadline = secondsFromNow(2);
    await openBatch(p, 'other-ngos', deadline);

    const health = await t.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json().details).toMatchObject({
      redis: { status: 'up' },
      deadlines: { status: 'up', kind: 'bullmq', waiting: 0, delayed: 1, failed: 0 },
    });
    expect((await batchOf(p, 'other-ngos')).status).toBe('open');

    const closed = await waitUntilClosed(p, 'other-ngos');
    expect(closed.deadline).toBe(deadline.toISOString());
    expect(((await p.list('other-ngos')).entries as Array<{ status: string }>).map((e) => e.status)).toEqual(['approved']);
    const events = await batchClosedEvents(t, 'other-ngos');
    expect(events).toHaveLength(1);
    expect(events[0].metadata.actor).toEqual(SYSTEM);
    expect(Date.parse(events[0].recordedAt)).toBeGreaterThanOrEqual(deadline.getTime());
    expect(Date.parse(closed.closedAt!)).toBeGreaterThanOrEqual(deadline.getTime());

    const after = (await t.inject({ method: 'GET', url: '/health' })).json();
    expect(after.details.deadlines).toMatchObject({ status: 'up', waiting: 0, delayed: 0, failed: 0 });
  });

  it('after an extension, the job of the old deadline does nothing and the new deadline closes the batch', async () => {
    const t = await startEngine();
    const p = procedure(t);
    const queue = inspect();
    await p.createMeeting();
    const first = secondsFromNow(2);
    await openBatch(p, 'other-ngos', first);
    const second = new Date(first.getTime() + 2000);
    const extended = await p.post(`${p.base}/lists/other-ngos/batches/1/extension`, { deadline: second.toISOString() });
    expect(extended.statusCode).toBe(200);
    const oldJob = closeJobOf('other-ngos', first);
    const newJob = closeJobOf('other-ngos', second);
    expect(await queue.getJobState(newJob.id)).toBe('delayed');

    await until(async () => (await queue.getJobState(oldJob.id)) === 'completed', 'the job of the old deadline to run');
    expect(Date.now()).toBeLessThan(second.getTime());
    expect((await batchOf(p, 'other-ngos')).status).toBe('open');
    expect(await batchClosedEvents(t, 'other-ngos')).toEqual([]);

    const closed = await waitUntilClosed(p, 'other-ngos');
    expect(closed).toMatchObject({ status: 'closed', deadline: second.toISOString() });
    const events = await batchClosedEvents(t, 'other-ngos');
    expect(events).toHaveLength(1);
    expect(Date.parse(events[0].recordedAt)).toBeGreaterThanOrEqual(second.getTime());
    expect(events[0].metadata.correlationId).toBe(newJob.id);
    expect(await queue.getJobState(newJob.id)).toBe('completed');
  });

  it('makes one job per (batch, deadline) however often it is scheduled, and closes the batch once', async () => {
    const t = await startEngine();
    const p = procedure(t);
    const reconciler = t.app.get(DeadlineReconciler);
    const planner = t.app.get(DeadlinePlanner);
    await p.createMeeting();
    const deadline = secondsFromNow(3);
    await openBatch(p, 'other-ngos', deadline);
    const job = closeJobOf('other-ngos', deadline);

    expect(await Promise.all([reconciler.reconcile(), reconciler.reconcile(), reconciler.reconcile()])).toEqual([1, 1, 1]);
    expect(await Promise.all([1, 2, 3].map(() => planner.planBatch(MEETING, 'other-ngos', 1)))).toEqual([1, 1, 1]);
    await sleep(700); // and two reconciliations of the engine's own
    expect(await closeJobKeys(admin, prefix)).toEqual([`${prefix}:${QUEUE_NAME}:${job.id}`]);
    expect(await admin.zrange(`${prefix}:${QUEUE_NAME}:delayed`, '0', '-1')).toEqual([job.id]);

    await waitUntilClosed(p, 'other-ngos');
    // Once closed, scheduling again does nothing either.
    expect(await planner.planBatch(MEETING, 'other-ngos', 1)).toBe(0);
    await reconciler.reconcile();
    await sleep(700);
    expect(await batchClosedEvents(t, 'other-ngos')).toHaveLength(1);
    expect(await closeJobKeys(admin, prefix)).toEqual([`${prefix}:${QUEUE_NAME}:${job.id}`]);
    expect(await admin.zrange(`${prefix}:${QUEUE_NAME}:completed`, '0', '-1')).toEqual([job.id]);
  });

  it('closes within seconds of start-up a batch whose deadline passed while the engine was stopped', async () => {
    const dataDir = folder();
    let t = await startEngine({ dataDir });
    let p = procedure(t);
    await p.createMeeting();
    const deadline = secondsFromNow(2);
    await openBatch(p, 'other-ngos', deadline);
    await stopEngine(t);
    await sleep(deadline.getTime() + 1000 - Date.now());

    t = await startEngine({ dataDir });
    p = procedure(t);
    const closed = await waitUntilClosed(p, 'other-ngos', 5000);
    expect(closed.deadline).toBe(deadline.toISOString());
    const events = await batchClosedEvents(t, 'other-ngos');
    expect(events).toHaveLength(1);
    expect(events[0].metadata.actor).toEqual(SYSTEM);
  });

  it('closes at start-up a missed deadline whose job Redis lost meanwhile (start-up reconciliation alone)', async () => {
    const dataDir = folder();
    let t = await startEngine({ dataDir });
    let p = procedure(t);
    await p.createMeeting();
    const deadline = secondsFromNow(2);
    await openBatch(p, 'other-ngos', deadline);
    await stopEngine(t);
    await deleteKeys(admin, prefix);
    await sleep(deadline.getTime() + 1000 - Date.now());

    // No periodic reconciliation within the test: only the one at start-up can bring the job back.
    t = await startEngine({ dataDir, env: { DEADLINE_RECONCILE_INTERVAL_MS: '3600000' } });
    p = procedure(t);
    await waitUntilClosed(p, 'other-ngos', 5000);
    expect(await batchClosedEvents(t, 'other-ngos')).toHaveLength(1);
  });

  it('re-arms a deadline on the next reconciliation after FLUSHALL, and closes the batch at it', async () => {
    server = await PrivateRedis.start();
    const t = await startEngine({ redisUrl: server.url });
    const p = procedure(t);
    await p.createMeeting();
    const deadline = secondsFromNow(3);
    await openBatch(p, 'other-ngos', deadline);
    const jobKey = `${prefix}:${QUEUE_NAME}:${closeJobOf('other-ngos', deadline).id}`;
    expect(await server.client.exists(jobKey)).toBe(1);

    await server.client.flushall();
    expect(await server.client.exists(jobKey)).toBe(0);
    await until(async () => (await server!.client.exists(jobKey)) === 1, 'reconciliation to re-arm the deadline', 5000);
    expect(await server.client.zrange(`${prefix}:${QUEUE_NAME}:delayed`, '0', '-1')).toEqual([closeJobOf('other-ngos', deadline).id]);
    expect((await batchOf(p, 'other-ngos')).status).toBe('open');

    await waitUntilClosed(p, 'other-ngos');
    const events = await batchClosedEvents(t, 'other-ngos');
    expect(events).toHaveLength(1);
    expect(Date.parse(events[0].recordedAt)).toBeGreaterThanOrEqual(deadline.getTime());
  });

  it('three engines on one store and one Redis, each scheduling every batch: each batch closes exactly once', async () => {
    const shared = folder();
    const env = { EVENTSTORE_SQLITE_PATH: `${shared}/events.db` };
    const trio: TestApp[] = [];
    for (let i = 0; i < 3; i += 1) trio.push(await startEngine({ env }));
    const ps = trio.map((t) => procedure(t));
    await ps[0].createMeeting();
    const lists = Array.from({ length: 10 }, (_, i) => `race-${i + 1}`);
    await Promise.all(
      lists.map(async (listId, i) => {
        await ps[i % 3].createList(listId, 'non-objection');
        await ps[i % 3].propose(listId, [org(`Organization of ${listId}`, 'NLD'), org(`Other organization of ${listId}`, 'FRA')]);
      }),
    );
    const start = Date.now() + 3000;
    const deadlines = lists.map((_, i) => new Date(start + i * 50));
    await Promise.all(lists.map((listId, i) => ps[(i + 1) % 3].submit(listId, deadlines[i].toISOString())));

    // Every engine schedules every batch: by reconciliation once its projections have seen them all, and directly.
    await until(
      async () => (await Promise.all(trio.map((t) => t.app.get(DeadlineReconciler).reconcile()))).every((n) => n === lists.length),
      'every engine to reconcile the 10 open batches',
    );
    await Promise.all(trio.flatMap((t) => lists.map((listId) => t.app.get(DeadlinePlanner).planBatch(MEETING, listId, 1))));
    expect(await closeJobKeys(admin, prefix)).toHaveLength(lists.length);
    expect(Date.now()).toBeLessThan(start);

    await until(
      async () => (await Promise.all(lists.map((l) => batchClosedEvents(trio[0], l)))).every((e) => e.length > 0),
      'every batch to close',
    );
    await sleep(1000); // room for a second closure, were there one
    for (const [i, listId] of lists.entries()) {
      const closed = await batchClosedEvents(trio[0], listId);
      expect(closed).toHaveLength(1);
      expect(closed[0].metadata.actor).toEqual(SYSTEM);
      expect(Date.parse(closed[0].recordedAt)).toBeGreaterThanOrEqual(deadlines[i].getTime());
    }
    const all = await readAll(trio[0]);
    expect(all.filter((e) => e.type === 'BatchClosed')).toHaveLength(lists.length);

    // No job failed, nor even needed a second attempt.
    for (const t of trio) {
      const scheduler = t.app.get<DeadlineScheduler>(DEADLINE_SCHEDULER);
      expect(await scheduler.failed()).toEqual([]);
      expect(await scheduler.health()).toMatchObject({ up: true, waiting: 0, delayed: 0, failed: 0 });
    }
    const completed: Job[] = await inspect().getJobs(['completed']);
    expect(completed.map((job) => job.id).sort()).toEqual(lists.map((l, i) => closeJobOf(l, deadlines[i]).id).sort());
    for (const job of completed)
      expect({ id: job.id, started: job.attemptsStarted, stalled: job.stalledCounter }).toEqual({ id: job.id, started: 1, stalled: 0 });
    // And every engine's projections agree.
    for (const p of ps) {
      await until(
        async () => (await Promise.all(lists.map((l) => batchOf(p, l)))).every((b) => b.status === 'closed'),
        'every engine to see every batch closed',
      );
    }
  }, 60_000);
});

async function readAll(t: TestApp): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let page = await t.store.readAll({ maxCount: 1000 });
  while (page.length > 0) {
    events.push(...page);
    page = await t.store.readAll({ fromPosition: page[page.length - 1].position, maxCount: 1000 });
  }
  return events;
}

/** A redis-server of this test's own, which it can kill, restart empty and flush without touching the shared one. */
