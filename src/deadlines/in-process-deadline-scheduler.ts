import { Logger } from '@nestjs/common';
import { Clock } from '../shared/clock';
import { DeadlineJob, jobIdOf } from './deadline-job';
import { DeadlineRunner, DeadlineScheduler, SchedulerHealth } from './deadline-scheduler.port';

const MAX_TIMER_MS = 2 ** 31 - 1;
const MAX_ATTEMPTS = 8;

interface Entry {
  job: DeadlineJob;
  attempts: number;
  timer?: NodeJS.Timeout;
  failed?: string;
}

/**
 * The scheduler without Redis: timers in this process. One process only: with several engine
 * processes, use REDIS_URL (BullMQ). Jobs live in memory; reconciliation re-arms them after a restart.
 */
export class InProcessDeadlineScheduler implements DeadlineScheduler {
  private readonly logger = new Logger('Deadlines');
  private readonly entries = new Map<string, Entry>();
  private run?: DeadlineRunner;

  constructor(private readonly clock: Clock, private readonly retryBaseMs = 1000) {}

  async start(run: DeadlineRunner): Promise<void> {
    this.run = run;
    for (const entry of this.entries.values()) this.arm(entry, this.delayOf(entry.job));
  }

  async schedule(job: DeadlineJob): Promise<void> {
    const id = jobIdOf(job);
    if (this.entries.has(id)) return;
    const entry: Entry = { job, attempts: 0 };
    this.entries.set(id, entry);
    if (this.run) this.arm(entry, this.delayOf(job));
  }

  /** Runs every job whose deadline has come by the clock; tests call it after moving the clock. */
  async runDue(): Promise<void> {
    const due = [...this.entries.values()].filter((e) => !e.failed && this.delayOf(e.job) === 0);
    for (const entry of due) await this.fire(entry);
  }

  async health(): Promise<SchedulerHealth> {
    const entries = [...this.entries.values()];
    const failed = entries.filter((e) => e.failed).length;
    return { kind: 'in-process', up: true, waiting: 0, delayed: entries.length - failed, failed };
  }

  async stop(): Promise<void> {
    this.run = undefined;
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
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
    const id = jobIdOf(entry.job);
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
    if (entry.attempts >= MAX_ATTEMPTS) {
      entry.failed = message;
      this.logger.error(`Deadline job ${jobIdOf(entry.job)} failed ${entry.attempts} times; kept as failed: ${message}`);
      return;
    }
    const delay = this.retryBaseMs * 2 ** (entry.attempts - 1);
    this.logger.warn(`Deadline job ${jobIdOf(entry.job)} failed (${message}); retrying in ${delay} ms`);
    this.arm(entry, delay);
  }

  private delayOf(job: DeadlineJob): number {
    return Math.max(0, new Date(job.deadline).getTime() - this.clock.now().getTime());
  }
}
