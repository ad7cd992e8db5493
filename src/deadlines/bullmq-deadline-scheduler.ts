import { Logger } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Clock } from '../kernel/clock';
import { DeadlineScheduler, FailedJob, JOB_ATTEMPTS, JOB_BACKOFF_MS, JobRunner, SchedulerHealth } from './deadline-scheduler.port';
import { ScheduledJob } from './scheduled-job';

const QUEUE_NAME = 'deadlines';
const SCHEDULE_TIMEOUT_MS = 2000;
const HEALTH_TIMEOUT_MS = 1000;
const MAX_FAILED_LISTED = 1000;
const KEEP_COMPLETED_SECONDS = 7 * 24 * 3600;
/** The same connection error repeats on every reconnection attempt during an outage: log it once a minute. */
const REPEATED_ERROR_QUIET_MS = 60_000;

export interface BullMqDeadlineSchedulerOptions {
  redisUrl: string;
  prefix: string;
  clock: Clock;
  attempts?: number;
  backoffMs?: number;
  concurrency?: number;
}

/**
 * The scheduler for several engine processes: jobs live in Redis (BullMQ), each runs once whichever
 * process's worker takes it. A job id that exists (waiting, delayed, active, failed, or completed in
 * the last 7 days) is not added again.
 */
export class BullMqDeadlineScheduler implements DeadlineScheduler {
  private readonly logger = new Logger('Deadlines');
  private readonly loggedErrors = new Map<string, number>();
  /** Fails fast when Redis is down, so that commands which schedule jobs are not held up by an outage. */
  private readonly connection: Redis;
  private readonly queue: Queue<ScheduledJob>;
  private worker?: Worker<ScheduledJob>;
  private stopping?: Promise<void>;

  constructor(private readonly options: BullMqDeadlineSchedulerOptions) {
    this.connection = new Redis(options.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    this.queue = new Queue<ScheduledJob>(QUEUE_NAME, { connection: this.connection, prefix: options.prefix });
    this.queue.on('error', (error) => this.logError('queue', error));
  }

  start(run: JobRunner): Promise<void> {
    if (this.worker || this.stopping) return Promise.resolve();
    this.worker = new Worker<ScheduledJob>(QUEUE_NAME, (job: Job<ScheduledJob>) => run(job.data), {
      // Options rather than a client: BullMQ opens (and closes) the worker's connections itself. They
      // wait out an outage (maxRetriesPerRequest: null), reconnecting at most every 2 s.
      connection: { url: this.options.redisUrl, maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(times * 100, 2000) },
      prefix: this.options.prefix,
      concurrency: this.options.concurrency ?? 4,
      // Retry fetching jobs soon after Redis comes back (the default is 15 s).
      runRetryDelay: 1000,
    });
    this.worker.on('error', (error) => this.logError('worker', error));
    this.worker.on('failed', (job, error) => {
      if (job) this.logger.warn(`Deadline job ${job.id} failed (attempt ${job.attemptsMade}): ${error.message}`);
    });
    return Promise.resolve();
  }

  /**
   * A closure that used up its attempts stays visible as failed; scheduling it again (reconciliation
   * does, while its batch is open) retries it, so a long outage cannot leave a batch open for good.
   */
  async schedule(job: ScheduledJob): Promise<void> {
    const added = await this.add(job);
    if (job.kind === 'close-batch' && (await withTimeout(added.isFailed(), SCHEDULE_TIMEOUT_MS, `checking ${job.id}`))) {
      await withTimeout(added.retry('failed'), SCHEDULE_TIMEOUT_MS, `retrying ${job.id}`);
    }
  }

  private add(job: ScheduledJob): Promise<Job> {
    const delay = Math.max(0, new Date(job.runAt).getTime() - this.options.clock.now().getTime());
    return withTimeout(
      this.queue.add(job.kind, job, {
        jobId: job.id,
        delay,
        attempts: this.options.attempts ?? JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: this.options.backoffMs ?? JOB_BACKOFF_MS },
        removeOnComplete: { age: KEEP_COMPLETED_SECONDS },
        removeOnFail: false,
      }),
      SCHEDULE_TIMEOUT_MS,
      `scheduling deadline job ${job.id}`,
    );
  }

  async failed(): Promise<FailedJob[]> {
    const jobs = await this.queue.getFailed(0, MAX_FAILED_LISTED - 1);
    return jobs.map((job) => ({ id: job.id!, kind: job.data.kind, attempts: job.attemptsMade, error: job.failedReason }));
  }

  async health(): Promise<SchedulerHealth> {
    try {
      const counts = await withTimeout(this.queue.getJobCounts('waiting', 'delayed', 'failed'), HEALTH_TIMEOUT_MS, 'Redis');
      return { kind: 'bullmq', up: true, waiting: counts.waiting ?? 0, delayed: counts.delayed ?? 0, failed: counts.failed ?? 0 };
    } catch (error) {
      return { kind: 'bullmq', up: false, waiting: 0, delayed: 0, failed: 0, message: messageOf(error) };
    }
  }

  /** Lets jobs in progress finish, then closes every connection. */
  stop(): Promise<void> {
    this.stopping ??= this.close();
    return this.stopping;
  }

  private async close(): Promise<void> {
    if (this.worker) {
      // A graceful close waits forever for a Redis that does not answer (taskforcesh/bullmq#4656); then
      // close at once: a job cut short stays locked, and is taken again once its lock expires.
      const { up } = await this.health();
      await this.worker.close(!up);
    }
    await this.queue.close();
    this.connection.disconnect();
  }

  private logError(source: string, error: Error): void {
    const key = `${source}: ${error.message}`;
    const now = Date.now();
    if (now - (this.loggedErrors.get(key) ?? 0) < REPEATED_ERROR_QUIET_MS) return;
    this.loggedErrors.set(key, now);
    this.logger.error(`Redis (BullMQ ${key})`);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
