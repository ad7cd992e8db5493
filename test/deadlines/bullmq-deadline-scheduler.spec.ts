import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { BullMqDeadlineScheduler } from '../../src/deadlines/bullmq-deadline-scheduler';
import { JobRunner } from '../../src/deadlines/deadline-scheduler.port';
import { closeBatchJob, ScheduledJob } from '../../src/deadlines/scheduled-job';
import { Clock } from '../../src/kernel/clock';
import { captureNestLogs } from '../support/captured-logs';
import { deleteKeys, PrivateRedis } from '../support/private-redis';

const SHARED_REDIS = 'redis://127.0.0.1:6379';
const SAFETY_TIMEOUT_MS = 10_000;

/** A close-batch job due `inMs` from now (real time: BullMQ delays are real). Ids contain "/". */
function jobDueIn(inMs: number, listId = 'other-ngos', batch = 1): ScheduledJob {
  const deadline = new Date(Date.now() + inMs).toISOString();
  return closeBatchJob({ meetingId: 'trafficking-2013', listId, batch, deadline });
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = SAFETY_TIMEOUT_MS): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > giveUp) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records every run of every job id. */
function recorder(behaviour: (job: ScheduledJob, run: number) => void | Promise<void> = () => undefined) {
  const runs = new Map<string, number>();
  const runAt: Date[] = [];
  const run: JobRunner = async (job) => {
    const count = (runs.get(job.id) ?? 0) + 1;
    runs.set(job.id, count);
    runAt.push(new Date());
    await behaviour(job, count);
  };
  return { run, runs, runAt, total: () => [...runs.values()].reduce((a, b) => a + b, 0) };
}

describe('BullMQ deadline scheduler (real Redis)', () => {
  const logs = captureNestLogs();
  let admin: Redis;
  let prefix: string;
  let schedulers: BullMqDeadlineScheduler[];

  beforeAll(() => {
    admin = new Redis(SHARED_REDIS);
  });

  afterAll(() => {
    admin.disconnect();
    logs.restore();
  });

  function newScheduler(options: Partial<ConstructorParameters<typeof BullMqDeadlineScheduler>[0]> = {}): BullMqDeadlineScheduler {
    const scheduler = new BullMqDeadlineScheduler({ redisUrl: SHARED_REDIS, prefix, clock: new Clock(), ...options });
    schedulers.push(scheduler);
    return scheduler;
  }

  beforeEach(() => {
    prefix = `test-${randomUUID()}`;
    schedulers = [];
  });

  afterEach(async () => {
    await Promise.all(schedulers.map((s) => s.stop()));
    await deleteKeys(admin, prefix);
  });

  // First: the worker stopped during the outage leaves a BullMQ watchdog timer (up to 6 s) behind,
  // which the other tests outlast, so that Jest exits at once.
  describe('a Redis outage (private redis-server)', () => {
    let server: PrivateRedis;

    afterAll(async () => {
      await server?.stop();
    });

    it('fails fast while Redis is down, and recovers when an empty Redis comes back (or after FLUSHALL)', async () => {
      server = await PrivateRedis.start();
      const scheduler = newScheduler({ redisUrl: server.url });
      const idle = newScheduler({ redisUrl: server.url });
      const r = recorder();
      await scheduler.start(r.run);
      await idle.start(r.run);
      const before = jobDueIn(200, 'before');
      await scheduler.schedule(before);
      await until(() => r.runs.get(before.id) === 1, 'the job before the outage');

      await server.kill();
      // Stopping does not wait for Redis.
      await within(5000, idle.stop(), 'stop() during the outage');
      let startedAt = Date.now();
      await expect(scheduler.schedule(jobDueIn(0, 'during'))).rejects.toThrow();
      expect(Date.now() - startedAt).toBeLessThan(5000);
      startedAt = Date.now();
      const down = await scheduler.health();
      expect(down).toMatchObject({ kind: 'bullmq', up: false, message: expect.any(String) });
      expect(Date.now() - startedAt).toBeLessThan(5000);

      // An engine that starts during the outage: its first schedule() waits for the connection, then gives up.
      const late = newScheduler({ redisUrl: server.url });
      await late.start(r.run);
      const timedOut = jobDueIn(0, 'late');
      startedAt = Date.now();
      await expect(late.schedule(timedOut)).rejects.toThrow(/did not answer/);
      expect(Date.now() - startedAt).toBeLessThan(5000);
      expect(await late.health()).toMatchObject({ up: false });

      // A fresh server on the same port is empty, as after FLUSHALL.
      await server.restart();
      for (const s of [scheduler, late]) await until(async () => (await s.health()).up, 'the scheduler to see Redis again', 20_000);
      // The add that timed out was still waiting for the connection, and lands now (harmless: jobs are idempotent).
      await until(() => r.runs.get(timedOut.id) === 1, 'the job whose schedule() timed out', 20_000);
      const after = jobDueIn(200, 'after');
      await scheduler.schedule(after);
      await until(() => r.runs.get(after.id) === 1, 'a job scheduled after the outage', 20_000);
      const afterLate = jobDueIn(200, 'after-late');
      await late.schedule(afterLate);
      await until(() => r.runs.get(afterLate.id) === 1, 'a job scheduled by the instance started during the outage', 20_000);

      await server.client.flushall();
      await scheduler.schedule(after);
      await until(() => r.runs.get(after.id) === 2, 'the job re-scheduled after FLUSHALL', 20_000);
    }, 90_000);
  });

  it('runs a job once, by itself, at its time', async () => {
    const scheduler = newScheduler();
    const r = recorder();
    await scheduler.start(r.run);
    const job = jobDueIn(1500);
    await scheduler.schedule(job);
    expect(await scheduler.health()).toEqual({ kind: 'bullmq', up: true, waiting: 0, delayed: 1, failed: 0 });

    await until(() => r.total() === 1, 'the job to run');
    expect(r.runs.get(job.id)).toBe(1);
    // Not early (give or take a little clock difference between Node and Redis).
    expect(r.runAt[0].getTime()).toBeGreaterThanOrEqual(new Date(job.runAt).getTime() - 250);
    await sleep(500);
    expect(r.total()).toBe(1);
    expect(await scheduler.health()).toMatchObject({ up: true, waiting: 0, delayed: 0, failed: 0 });
  });

  it('runs a job id once however often, and by however many instances, it is scheduled', async () => {
    const [a, b] = [newScheduler(), newScheduler()];
    const r = recorder();
    await Promise.all([a.start(r.run), b.start(r.run)]);
    const job = jobDueIn(1000);
    await a.schedule(job);
    await a.schedule(job);
    await Promise.all([a.schedule(job), b.schedule(job), a.schedule({ ...job }), b.schedule(job)]);
    expect((await a.health()).delayed).toBe(1);

    await until(() => r.total() >= 1, 'the job to run');
    // A completed job is kept (for 7 days): scheduling it again does not run it again.
    await Promise.all([a.schedule(job), b.schedule(job)]);
    await sleep(1000);
    expect([...r.runs]).toEqual([[job.id, 1]]);
  });

  it('retries a failing job with backoff and keeps it as failed after the last attempt', async () => {
    const scheduler = newScheduler({ attempts: 3, backoffMs: 50 });
    const flaky = jobDueIn(0, 'flaky');
    const broken = jobDueIn(0, 'broken');
    const r = recorder((job, run) => {
      if (job.id === broken.id) throw new Error(`webhook answered 503 (run ${run})`);
      if (run <= 2) throw new Error('not yet');
    });
    await scheduler.start(r.run);
    await scheduler.schedule(flaky);
    await scheduler.schedule(broken);

    await until(async () => (await scheduler.failed()).length === 1 && r.runs.get(flaky.id) === 3, 'the retries');
    expect(r.runs.get(flaky.id)).toBe(3);
    expect(r.runs.get(broken.id)).toBe(3);
    expect(await scheduler.failed()).toEqual([{ id: broken.id, kind: 'close-batch', attempts: 3, error: 'webhook answered 503 (run 3)' }]);
    expect(await scheduler.health()).toMatchObject({ up: true, failed: 1, waiting: 0, delayed: 0 });
    // A failed closure is kept and visible; scheduling it again (reconciliation does, while its batch
    // is open) retries it, so a long outage cannot leave a batch open for good.
    await scheduler.schedule(broken);
    await until(() => (r.runs.get(broken.id) ?? 0) > 3, 'the retried closure');
  });

  it('three instances on one queue: each of 30 jobs runs exactly once overall', async () => {
    const instances = [newScheduler(), newScheduler(), newScheduler()];
    const runsBy = instances.map(() => 0);
    const r = recorder();
    await Promise.all(
      instances.map((s, i) =>
        s.start(async (job) => {
          runsBy[i] += 1;
          await sleep(10);
          await r.run(job);
        }),
      ),
    );
    const jobs = Array.from({ length: 30 }, (_, i) => jobDueIn(200 + i * 30, `list-${i}`));
    // Every instance schedules every job, concurrently.
    await Promise.all(instances.flatMap((s) => jobs.map((job) => s.schedule(job))));

    await until(() => r.runs.size === 30, 'all 30 jobs to run');
    await sleep(1000);
    expect(r.total()).toBe(30);
    expect([...r.runs.values()].every((n) => n === 1)).toBe(true);
    expect(new Set(r.runs.keys())).toEqual(new Set(jobs.map((j) => j.id)));
    expect(runsBy.reduce((a, b) => a + b, 0)).toBe(30);
  });
});

/** A redis-server of this test's own, which it can stop and flush without touching the shared one. */
