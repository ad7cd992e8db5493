/**
 * How late deadlines fire, through BullMQ on Redis, the whole engine started in this process (embedded
 * store at its default durability, real clock):
 *
 *   deadline.lag.p50_ms / .p99_ms / .max_ms   for 1,000 batches (100 lists x 10 batches of one entry)
 *                                              whose deadlines are spread evenly over 10 s: from each
 *                                              deadline to the store's `recordedAt` of its BatchClosed
 *                                              event (target: p99 < 1 s)
 *
 * Redis: REDIS_URL from the environment, else redis://127.0.0.1:6379; the queue has a prefix of its own
 * (QUEUE_PREFIX bench-deadlines-<uuid>), whose keys are deleted afterwards. The batches are set up
 * through the command bus (the same commands the HTTP API sends), 50 lists at a time; the first deadline
 * is 15 s after setup begins, so that setup (and its scheduling) is over well before it. Before the first
 * deadline, one reconciliation pass over the 1,000 open batches checks that no job is duplicated (its
 * duration is in the progress line).
 */
import 'reflect-metadata';
import { JwtService } from '@nestjs/jwt';
import { CommandBus } from '@nestjs/cqrs';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ExecuteListCommand, ListCommandInput } from '../src/accreditation/commands/list-command.handler';
import { BatchClosed } from '../src/accreditation/domain/list.events';
import { DeadlineReconciler } from '../src/deadlines/deadline-reconciler';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from '../src/deadlines/deadline-scheduler.port';
import { EVENT_STORE, EventStore, Position, StoredEvent } from '../src/event-store/event-store.port';
import { RequestContext } from '../src/platform/auth/request-context.decorator';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { portOf, startBenchEngine } from './bench-engine';
import { BenchContext, Figure, inTemporaryFolder, percentile, register } from './bench-registry';
import { deleteRedisKeys } from './bench-log';

const MEETING = 'bench-deadlines';
const LISTS = 100;
const BATCHES_PER_LIST = 10;
const DEADLINES = LISTS * BATCHES_PER_LIST;
const SPREAD_MS = 10_000;
/** From the start of setup to the first deadline. */
const LEAD_MS = 15_000;
const SETUP_CONCURRENCY = 50;
const SAFETY_TIMEOUT_MS = 60_000;
const POLL_MS = 100;

const PGA: RequestContext = {
  actor: { role: 'pga', subject: 'bench-pga' },
  correlationId: 'bench-deadlines',
  causationId: 'bench-deadlines',
};

register('deadline.', deadlineFigures);

async function deadlineFigures(bench: BenchContext): Promise<Figure[]> {
  const redisUrl = process.env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379';
  const prefix = `bench-deadlines-${randomUUID()}`;
  const admin = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    return await inTemporaryFolder((folder) => measure(bench, folder, redisUrl, prefix));
  } finally {
    await deleteRedisKeys(admin, prefix).catch((error: Error) =>
      bench.progress(`deadline: could not delete the keys of ${prefix}: ${error.message}`),
    );
    admin.disconnect();
  }
}

async function measure(bench: BenchContext, folder: string, redisUrl: string, prefix: string): Promise<Figure[]> {
  const app = await startEngine(folder, redisUrl, prefix);
  try {
    const commands = app.get(CommandBus);
    const store = app.get<EventStore>(EVENT_STORE);
    const scheduler = app.get<DeadlineScheduler>(DEADLINE_SCHEDULER);
    const before = await scheduler.health();
    if (!before.up) throw new Error(`Redis at ${redisUrl} does not answer: ${before.message}`);

    const setupStarted = Date.now();
    const first = setupStarted + LEAD_MS;
    // Deadline k (0..999) at first + k * 10 ms; batch b of list l gets k = b * LISTS + l, so that the
    // batches of one list are a second apart and neighbouring deadlines fall on different lists.
    const deadlineOf = (list: number, batch: number) => new Date(first + ((batch * LISTS + list) * SPREAD_MS) / (DEADLINES - 1));
    await createMeeting(app);
    const run = (listId: string, input: ListCommandInput) => commands.execute(new ExecuteListCommand(MEETING, listId, input, PGA));
    let submitted = 0;
    await concurrently(SETUP_CONCURRENCY, LISTS, async (list) => {
      const listId = `list-${list}`;
      await run(listId, { kind: 'CreateList', listKind: 'non-objection', title: `Deadline benchmark ${list}` });
      for (let batch = 0; batch < BATCHES_PER_LIST; batch += 1) {
        const organizations = [{ name: `Organization ${list}-${batch}`, country: 'NLD', category: 'ngo' as const }];
        await run(listId, { kind: 'ProposeEntries', organizations });
        await run(listId, { kind: 'SubmitBatch', deadline: deadlineOf(list, batch) });
        submitted += 1;
      }
    });
    const setupMs = Date.now() - setupStarted;
    // One reconciliation pass over the 1,000 open batches, as the engine makes at its interval: it
    // must find every job in place (no duplicate), and its duration shows what a pass costs.
    const reconcileStarted = performance.now();
    const covered = await app.get(DeadlineReconciler).reconcile();
    const reconcileMs = performance.now() - reconcileStarted;
    const scheduled = await scheduler.health();
    bench.progress(
      `deadline: ${submitted} batches on ${LISTS} lists set up and scheduled in ${(setupMs / 1000).toFixed(1)} s; ` +
        `a reconciliation pass over ${covered} open batches took ${reconcileMs.toFixed(0)} ms; ${scheduled.delayed} delayed jobs; ` +
        `first deadline ${((first - Date.now()) / 1000).toFixed(1)} s from now, last 10 s later`,
    );
    if (Date.now() >= first) throw new Error(`setup took ${setupMs} ms, past the first deadline (${LEAD_MS} ms after it began)`);
    if (covered !== DEADLINES) throw new Error(`reconciliation covered ${covered} open batches, expected ${DEADLINES}`);
    if (scheduled.delayed !== DEADLINES) throw new Error(`expected ${DEADLINES} delayed jobs after setup, found ${scheduled.delayed}`);

    const closed = await collectClosures(store, first + SPREAD_MS + SAFETY_TIMEOUT_MS);
    const lags = closed.map((event) => Date.parse(event.recordedAt) - Date.parse((event.data as BatchClosed['data']).deadline));
    const after = await scheduler.health();
    const early = lags.filter((lag) => lag < 0).length;
    bench.progress(
      `deadline: ${closed.length} batches closed; lag ${describe(lags)}; ${early} early; ` +
        `queue afterwards: ${after.waiting} waiting, ${after.delayed} delayed, ${after.failed} failed`,
    );
    if (after.failed > 0) throw new Error(`${after.failed} deadline jobs failed`);
    return [
      { name: 'deadline.lag.p50_ms', value: percentile(lags, 50), unit: 'ms' },
      { name: 'deadline.lag.p99_ms', value: percentile(lags, 99), unit: 'ms' },
      { name: 'deadline.lag.max_ms', value: Math.max(...lags), unit: 'ms' },
    ];
  } finally {
    await app.close();
  }
}

/** Reads the log as it grows until every batch has its BatchClosed event; fails at `deadline` (epoch ms). */
async function collectClosures(store: EventStore, giveUpAt: number): Promise<StoredEvent[]> {
  const closed = new Map<string, StoredEvent>();
  let position: Position | undefined;
  for (;;) {
    const page = await store.readAll({ fromPosition: position, maxCount: 1000 });
    for (const event of page) {
      if (event.type !== 'BatchClosed') continue;
      const key = `${event.streamId}#${(event.data as BatchClosed['data']).batch}`;
      if (closed.has(key)) throw new Error(`batch ${key} closed twice`);
      closed.set(key, event);
    }
    if (page.length > 0) position = page[page.length - 1].position;
    if (closed.size === DEADLINES) return [...closed.values()];
    if (page.length < 1000) {
      if (Date.now() > giveUpAt)
        throw new Error(`only ${closed.size} of ${DEADLINES} batches closed ${SAFETY_TIMEOUT_MS / 1000} s after the last deadline`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The engine, in this process

function startEngine(folder: string, redisUrl: string, prefix: string): Promise<NestFastifyApplication> {
  return startBenchEngine(folder, { REDIS_URL: redisUrl, QUEUE_PREFIX: prefix });
}

/** Through the HTTP API, so that the meeting gets the policy defaults the DTO fills in. */
async function createMeeting(app: NestFastifyApplication): Promise<void> {
  const port = portOf(app);
  const token = new JwtService({ secret: DEVELOPMENT_JWT_SECRET, signOptions: { algorithm: 'HS256' } }).sign(
    { sub: 'bench-pga', role: 'pga' },
    { expiresIn: '1h' },
  );
  const response = await fetch(`http://127.0.0.1:${port}/v1/meetings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ id: MEETING, title: 'Deadline benchmark', timezone: 'America/New_York' }),
  });
  if (response.status !== 201) throw new Error(`create meeting: expected 201, got ${response.status}: ${await response.text()}`);
}

/** Runs `task(i)` for i in 0..count-1, at most `width` at a time. */
async function concurrently(width: number, count: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

function describe(lags: readonly number[]): string {
  const at = (p: number) => percentile(lags, p).toFixed(0);
  return `n=${lags.length} min ${Math.min(...lags)} ms, p50 ${at(50)} ms, p90 ${at(90)} ms, p99 ${at(99)} ms, max ${Math.max(...lags)} ms`;
}
