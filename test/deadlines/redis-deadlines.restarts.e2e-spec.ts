import { describe, expect, it } from '@jest/globals';
import { Job } from 'bullmq';
import { DeadlinePlanner } from '../../src/deadlines/deadline-planner';
import { DeadlineReconciler } from '../../src/deadlines/deadline-reconciler';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from '../../src/deadlines/deadline-scheduler.port';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { org, procedure } from '../support/procedure';
import { TestApp } from '../support/test-app';
import { deleteKeys } from '../support/private-redis';
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
  stopEngine,
  folder,
  inspect,
  useEnginesOnRedis,
} from './redis-deadlines.fixtures';

describe('deadlines on BullMQ with real Redis (whole engine): restarts, lost jobs, several engines', () => {
  useEnginesOnRedis();

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
    const server = await startPrivateRedis();
    const t = await startEngine({ redisUrl: server.url });
    const p = procedure(t);
    await p.createMeeting();
    const deadline = secondsFromNow(3);
    await openBatch(p, 'other-ngos', deadline);
    const jobKey = `${prefix}:${QUEUE_NAME}:${closeJobOf('other-ngos', deadline).id}`;
    expect(await server.client.exists(jobKey)).toBe(1);

    await server.client.flushall();
    expect(await server.client.exists(jobKey)).toBe(0);
    await until(async () => (await server.client.exists(jobKey)) === 1, 'reconciliation to re-arm the deadline', 5000);
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
