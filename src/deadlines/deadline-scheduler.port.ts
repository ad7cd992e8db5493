import { ScheduledJob } from './scheduled-job';

export type JobRunner = (job: ScheduledJob) => Promise<void>;

export interface FailedJob {
  id: string;
  kind: ScheduledJob['kind'];
  attempts: number;
  error: string;
}

export interface SchedulerHealth {
  kind: 'in-process' | 'bullmq';
  up: boolean;
  waiting: number;
  delayed: number;
  failed: number;
  message?: string;
}

/**
 * Runs each scheduled job once, at or after its `runAt`. Scheduling a job id that exists is a
 * no-op; a job whose run throws is retried with exponential backoff and, when it keeps failing,
 * kept as failed and reported.
 */
export interface DeadlineScheduler {
  start(run: JobRunner): Promise<void>;
  schedule(job: ScheduledJob): Promise<void>;
  failed(): Promise<FailedJob[]>;
  health(): Promise<SchedulerHealth>;
  stop(): Promise<void>;
}

export const DEADLINE_SCHEDULER = Symbol('DEADLINE_SCHEDULER');

/** Attempts before a job is kept as failed, and the first retry delay (doubling each time). */
export const JOB_ATTEMPTS = 8;
export const JOB_BACKOFF_MS = 1000;
