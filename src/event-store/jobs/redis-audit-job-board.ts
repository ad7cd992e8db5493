import type { Redis } from 'ioredis';
import { AuditJob, AuditJobBoard, ClaimResult, FinishedJob, NewAuditJob, staleSummary } from './audit-job-board';

/** A job as Redis keeps it, JSON with instants in milliseconds. */
interface StoredJob extends Omit<AuditJob, 'startedAt' | 'finishedAt' | 'heartbeatAt'> {
  startedAt: number;
  finishedAt?: number;
  heartbeatAt: number;
}

/** Jobs (and their reports) are forgotten this long after they start. */
const KEEP_MS = 30 * 24 * 3600 * 1000;
const KEPT_IN_LIST = 200;

/** Frees the board only if the job named is the one holding it. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * The audit jobs in Redis (EventStoreDB with REDIS_URL), shared by every engine process with the same
 * QUEUE_PREFIX: `<prefix>:audit-jobs:active` names the job holding the board (SET NX: the atomic
 * claim); each job is a JSON value, its report another; a sorted set lists them by start.
 */
export class RedisAuditJobBoard implements AuditJobBoard {
  private readonly keys;

  constructor(
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.keys = {
      active: `${prefix}:audit-jobs:active`,
      byStart: `${prefix}:audit-jobs:by-start`,
      job: (jobId: string) => `${prefix}:audit-jobs:job:${jobId}`,
      report: (jobId: string) => `${prefix}:audit-jobs:report:${jobId}`,
    };
  }

  async claim(job: NewAuditJob, staleBefore: Date): Promise<ClaimResult> {
    await this.failStale(staleBefore, job.at);
    const taken = await this.redis.set(this.keys.active, job.jobId, 'PX', KEEP_MS, 'NX');
    if (taken !== 'OK') {
      const running = await this.activeJob();
      if (running) return { claimed: false, running };
      throw new Error('The audit job board was busy, then free: try again');
    }
    const at = job.at.getTime();
    const stored: StoredJob = {
      jobId: job.jobId,
      kind: job.kind,
      state: 'running',
      progress: { done: 0, total: job.total },
      startedAt: at,
      owner: job.owner,
      heartbeatAt: at,
    };
    await this.redis
      .multi()
      .set(this.keys.job(job.jobId), JSON.stringify(stored), 'PX', KEEP_MS)
      .zadd(this.keys.byStart, at, job.jobId)
      .zremrangebyrank(this.keys.byStart, 0, -KEPT_IN_LIST - 1)
      .exec();
    return { claimed: true };
  }

  async progress(jobId: string, done: number, total: number, at: Date): Promise<void> {
    const job = await this.stored(jobId);
    if (job?.state !== 'running') return;
    await this.save({ ...job, progress: { done, total }, heartbeatAt: at.getTime() });
  }

  async finish(jobId: string, { state, summary, report }: FinishedJob, at: Date): Promise<void> {
    const job = await this.stored(jobId);
    if (!job || (job.state !== 'running' && job.state !== 'queued')) return;
    const progress = state === 'done' ? { done: job.progress.total, total: job.progress.total } : job.progress;
    if (report !== undefined) await this.redis.set(this.keys.report(jobId), report, 'PX', KEEP_MS);
    await this.save({ ...job, state, summary, progress, finishedAt: at.getTime(), heartbeatAt: at.getTime() });
    await this.redis.eval(RELEASE, 1, this.keys.active, jobId);
  }

  async failStale(staleBefore: Date, at: Date): Promise<void> {
    const jobId = await this.redis.get(this.keys.active);
    const job = jobId === null ? undefined : await this.stored(jobId);
    if (jobId !== null && !job) await this.redis.eval(RELEASE, 1, this.keys.active, jobId);
    if (!job || job.heartbeatAt >= staleBefore.getTime()) return;
    await this.save({ ...job, state: 'failed', summary: staleSummary(job.owner, new Date(job.heartbeatAt)), finishedAt: at.getTime() });
    await this.redis.eval(RELEASE, 1, this.keys.active, job.jobId);
  }

  async find(jobId: string): Promise<AuditJob | undefined> {
    const job = await this.stored(jobId);
    return job && toJob(job);
  }

  async report(jobId: string): Promise<string | undefined> {
    return (await this.redis.get(this.keys.report(jobId))) ?? undefined;
  }

  async recent(limit: number): Promise<AuditJob[]> {
    const ids = await this.redis.zrevrange(this.keys.byStart, 0, limit - 1);
    if (ids.length === 0) return [];
    const texts = await this.redis.mget(ids.map((id) => this.keys.job(id)));
    return texts.filter((text): text is string => text !== null).map((text) => toJob(JSON.parse(text) as StoredJob));
  }

  close(): Promise<void> {
    this.redis.disconnect();
    return Promise.resolve();
  }

  private async activeJob(): Promise<AuditJob | undefined> {
    const jobId = await this.redis.get(this.keys.active);
    return jobId === null ? undefined : this.find(jobId);
  }

  private async stored(jobId: string): Promise<StoredJob | undefined> {
    const text = await this.redis.get(this.keys.job(jobId));
    return text === null ? undefined : (JSON.parse(text) as StoredJob);
  }

  private async save(job: StoredJob): Promise<void> {
    await this.redis.set(this.keys.job(job.jobId), JSON.stringify(job), 'KEEPTTL');
  }
}

function toJob({ startedAt, finishedAt, heartbeatAt, ...job }: StoredJob): AuditJob {
  return {
    ...job,
    startedAt: new Date(startedAt),
    ...(finishedAt !== undefined ? { finishedAt: new Date(finishedAt) } : {}),
    heartbeatAt: new Date(heartbeatAt),
  };
}
