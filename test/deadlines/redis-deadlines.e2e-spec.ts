import { describe, expect, it } from '@jest/globals';
import { DeadlinePlanner } from '../../src/deadlines/deadline-planner';
import { DeadlineReconciler } from '../../src/deadlines/deadline-reconciler';
import { org, procedure } from '../support/procedure';

import {
  MEETING,
  QUEUE_NAME,
  SYSTEM,
  sleep,
  secondsFromNow,
  until,
  openBatch,
  batchOf,
  waitUntilClosed,
  batchClosedEvents,
  closeJobOf,
  closeJobKeys,
  admin,
  prefix,
  startPrivateRedis,
  startEngine,
  inspect,
  useEnginesOnRedis,
} from './redis-deadlines.fixtures';

describe('deadlines on BullMQ with real Redis (whole engine)', () => {
  useEnginesOnRedis();

  // First, as in bullmq-deadline-scheduler.spec.ts: any BullMQ timer the outage leaves behind expires during the other tests.
  it('keeps taking commands during a Redis outage, reports it on /health, and re-arms every deadline once Redis is back', async () => {
    const server = await startPrivateRedis();
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
      async () => (await server.client.exists(`${prefix}:${QUEUE_NAME}:${beforeJob.id}`, `${prefix}:${QUEUE_NAME}:${duringJob.id}`)) === 2,
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
    // The closure is engine work: it is caused by the event that set the deadline it closes at (the extension).
    const stream = await t.store.readStream(`list-trafficking-2013.other-ngos`);
    const extension = stream.find((e) => e.position === (extended.json() as { position: string }).position);
    expect(events[0].metadata).toMatchObject({ causationId: extension?.eventId, correlationId: extension?.metadata.correlationId });
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
});
