import { DeadlineJob } from './deadline-job';

export type DeadlineRunner = (job: DeadlineJob) => Promise<void>;

export interface SchedulerHealth {
  kind: 'in-process' | 'bullmq';
  up: boolean;
  waiting: number;
  delayed: number;
  failed: number;
  message?: string;
}

/**
 * Fires each scheduled job once, at or after its deadline. Scheduling a job that exists is a no-op;
 * a job whose run fails is retried with backoff and, when it keeps failing, kept and reported.
 */
export interface DeadlineScheduler {
  start(run: DeadlineRunner): Promise<void>;
  schedule(job: DeadlineJob): Promise<void>;
  health(): Promise<SchedulerHealth>;
  stop(): Promise<void>;
}

export const DEADLINE_SCHEDULER = Symbol('DEADLINE_SCHEDULER');
