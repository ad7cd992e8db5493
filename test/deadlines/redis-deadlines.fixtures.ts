/** The Redis deadline tests share these: waiting on a batch, its close job, and engines, queues and folders on the test's own queue prefix. */
import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { closeBatchJob } from '../../src/deadlines/scheduled-job';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { temporaryDirectory } from '../support/temporary-directory';
import { deleteKeys, PrivateRedis, scanKeys } from '../support/private-redis';

export const SHARED_REDIS = 'redis://127.0.0.1:6379';
export const MEETING = 'trafficking-2013';
export const QUEUE_NAME = 'deadlines';
export const SAFETY_TIMEOUT_MS = 10_000;
export const SYSTEM = { role: 'system', subject: 'deadline-scheduler' };

export type Procedure = ReturnType<typeof procedure>;
export interface BatchView {
  number: number;
  deadline: string;
  status: 'open' | 'closed';
  closedAt?: string;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000);

export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = SAFETY_TIMEOUT_MS): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > giveUp) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** A list with one entry, submitted as batch 1 with `deadline`; returns the entry's id. */
export async function openBatch(p: Procedure, listId: string, deadline: Date): Promise<string> {
  await p.createList(listId, 'non-objection');
  const [entryId] = await p.propose(listId, [org(`Organization of ${listId}`, 'NLD')]);
  await p.submit(listId, deadline.toISOString());
  return entryId;
}

export async function batchOf(p: Procedure, listId: string, batch = 1): Promise<BatchView> {
  return ((await p.list(listId)).batches as BatchView[]).find((b) => b.number === batch)!;
}

/** Polls the list view (the projections) until the batch is closed. */
export async function waitUntilClosed(p: Procedure, listId: string, timeoutMs = SAFETY_TIMEOUT_MS): Promise<BatchView> {
  await until(async () => (await batchOf(p, listId)).status === 'closed', `batch 1 of ${listId} to close`, timeoutMs);
  return batchOf(p, listId);
}

export async function batchClosedEvents(t: TestApp, listId: string): Promise<StoredEvent[]> {
  return (await t.store.readStream(`list-${MEETING}.${listId}`)).filter((e) => e.type === 'BatchClosed');
}

export const closeJobOf = (listId: string, deadline: Date) =>
  closeBatchJob({ meetingId: MEETING, listId, batch: 1, deadline: deadline.toISOString() });

/** The BullMQ job hashes of close-batch jobs under `prefix` (not their `:logs`/`:lock` companions). */
export async function closeJobKeys(redis: Redis, prefix: string): Promise<string[]> {
  const base = `${prefix}:${QUEUE_NAME}:`;
  return (await scanKeys(redis, `${base}close/*`)).filter((key) => !key.slice(base.length).includes(':'));
}

export let admin: Redis;
export let prefix: string;
export let engines: Set<TestApp>;
export let queues: Queue[];
export let folders: Array<{ remove(): void }>;
let server: PrivateRedis | undefined;

/**
 * The whole engine on this test's queue prefix. Its ManualClock is made to follow real time (BullMQ
 * delays are real): it starts at now, and `now()` reads the real clock once the app is up.
 */
export async function startEngine(options: { redisUrl?: string; dataDir?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
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

export async function stopEngine(t: TestApp): Promise<void> {
  engines.delete(t);
  await t.close();
}

export function folder(): string {
  const dir = temporaryDirectory();
  folders.push(dir);
  return dir.path;
}

/** A redis-server of this test's own, which it can kill, restart empty and flush without touching the shared one. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  server = await PrivateRedis.start();
  return server;
}

/** A BullMQ queue handle on this test's prefix, to look at job states. */
export function inspect(redisUrl = SHARED_REDIS): Queue {
  const queue = new Queue(QUEUE_NAME, { connection: { url: redisUrl }, prefix });
  queue.on('error', () => undefined);
  queues.push(queue);
  return queue;
}

/** Each test of the calling block gets its own queue prefix (its keys deleted afterwards); the engines, queue handles, folders and private redis-server it made are closed after it. */
export function useEnginesOnRedis(): void {
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
}
