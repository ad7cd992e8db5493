import { Logger } from '@nestjs/common';
import { Clock } from '../kernel/clock';
import { DeadlineScheduler, FailedJob, JOB_ATTEMPTS, JOB_BACKOFF_MS, JobRunner, SchedulerHealth } from './deadline-scheduler.port';
import { ScheduledJob } from './scheduled-job';

const MAX_TIMER_MS = 2 ** 31 - 1;

interface Entry {
  job: ScheduledJob;
  attempts: number;
  timer?: NodeJS.Timeout;
  failed?: string;
}

/**
 * The scheduler without Redis: timers in this process. One process only: with several engine
 * processes, use REDIS_URL (BullMQ). Jobs live in memory; reconciliation re-arms deadlines after a
 * restart (reminders and webhook deliveries not yet made are re-derived the same way).
 */
export class InProcessDeadlineScheduler implements DeadlineScheduler {
  private readonly logger = new Logger('Deadlines');
  private readonly entries = new Map<string, Entry>();
  private run?: JobRunner;

  constructor(
    private readonly clock: Clock,
    private readonly policy: { attempts: number; backoffMs: number } = { attempts: JOB_ATTEMPTS, backoffMs: JOB_BACKOFF_MS },
  ) {}

  start(run: JobRunner): Promise<void> {
    this.run = run;
    for (const entry of this.entries.values()) this.arm(entry, this.delayOf(entry.job));
    return Promise.resolve();
  }

  schedule(job: ScheduledJob): Promise<void> {
    if (this.entries.has(job.id)) return Promise.resolve();
    const entry: Entry = { job, attempts: 0 };
    this.entries.set(job.id, entry);
    if (this.run) this.arm(entry, this.delayOf(job));
    return Promise.resolve();
  }

  /** Runs every job whose deadline has come by the clock; tests call it after moving the clock. */
  async runDue(): Promise<void> {
    const due = [...this.entries.values()].filter((e) => !e.failed && this.delayOf(e.job) === 0);
    for (const entry of due) await this.fire(entry);
  }

  failed(): Promise<FailedJob[]> {
    return Promise.resolve(
      [...this.entries.values()]
        .filter((e) => e.failed)
        .map((e) => ({ id: e.job.id, kind: e.job.kind, attempts: e.attempts, error: e.failed! })),
    );
  }

  health(): Promise<SchedulerHealth> {
    const entries = [...this.entries.values()];
    const failed = entries.filter((e) => e.failed).length;
    return Promise.resolve({ kind: 'in-process', up: true, waiting: 0, delayed: entries.length - failed, failed });
  }

  stop(): Promise<void> {
    this.run = undefined;
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    return Promise.resolve();
  }

  private arm(entry: Entry, delayMs: number): void {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.onTimer(entry), Math.min(delayMs, MAX_TIMER_MS));
    entry.timer.unref();
  }

  /** A timer may fire early (long delays are clamped, clocks move): re-arm until the deadline has come. */
  private async onTimer(entry: Entry): Promise<void> {
    const remaining = this.delayOf(entry.job);
    if (remaining > 0) return this.arm(entry, remaining);
    await this.fire(entry);
  }

  private async fire(entry: Entry): Promise<void> {
    const id = entry.job.id;
    if (!this.run || this.entries.get(id) !== entry) return;
    clearTimeout(entry.timer);
    try {
      await this.run(entry.job);
      this.entries.delete(id);
    } catch (error) {
      this.retry(entry, error instanceof Error ? error.message : String(error));
    }
  }

  private retry(entry: Entry, message: string): void {
    entry.attempts += 1;
    if (entry.attempts >= this.policy.attempts) {
      entry.failed = message;
      this.logger.error(`Deadline job ${entry.job.id} failed ${entry.attempts} times; kept as failed: ${message}`);
      return;
    }
    const delay = this.policy.backoffMs * 2 ** (entry.attempts - 1);
    this.logger.warn(`Deadline job ${entry.job.id} failed (${message}); retrying in ${delay} ms`);
    this.arm(entry, delay);
  }

  private delayOf(job: ScheduledJob): number {
    return Math.max(0, new Date(job.runAt).getTime() - this.clock.now().getTime());
  }
}
