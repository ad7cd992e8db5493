import { Inject, Injectable, Logger } from '@nestjs/common';
import { AccreditationFacts, BatchDeadlines } from '../accreditation/accreditation.public';
import { Clock } from '../kernel/clock';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from './deadline-scheduler.port';
import { subtractDuration } from './iso-duration';
import { BatchRef, closeBatchJob, reminderJob, ScheduledJob } from './scheduled-job';

/**
 * Turns an open batch into its jobs: the closure at the deadline and one reminder per lead time of
 * the meeting's policy. A reminder whose time has already passed is not scheduled (so one that had
 * passed at submission is never sent, nor is one missed while the engine was down).
 */
@Injectable()
export class DeadlinePlanner implements BatchDeadlines {
  private readonly logger = new Logger('Deadlines');

  constructor(
    @Inject(DEADLINE_SCHEDULER) private readonly scheduler: DeadlineScheduler,
    private readonly accreditation: AccreditationFacts,
    private readonly clock: Clock,
  ) {}

  /**
   * Schedules every job of the batch as the projections show it (a command's handler calls this once
   * the projections have its write; reconciliation reads the same documents, so start-up folds no
   * stream). Returns how many jobs were submitted to the scheduler.
   */
  async planBatch(meetingId: string, listId: string, batchNumber: number): Promise<number> {
    const batch = this.accreditation.openBatch(meetingId, listId, batchNumber);
    if (!batch) return 0;
    const ref: BatchRef = { meetingId, listId, batch: batchNumber, deadline: batch.deadline, scheduledBy: batch.deadlineSetBy };
    const jobs = jobsFor(ref, batch.reminders, this.clock.now());
    for (const job of jobs) await this.scheduler.schedule(job);
    return jobs.length;
  }

  /** For the command side: never fails the command; reconciliation catches up whatever this misses. */
  async planBatchQuietly(meetingId: string, listId: string, batchNumber: number): Promise<void> {
    await this.planBatch(meetingId, listId, batchNumber).catch((error: Error) =>
      this.logger.warn(`Could not schedule batch ${batchNumber} of ${meetingId}/${listId} now (${error.message}); reconciliation will`),
    );
  }
}

export function jobsFor(ref: BatchRef, reminders: readonly string[], now: Date): ScheduledJob[] {
  const deadline = new Date(ref.deadline);
  const due = reminders
    .map((before) => ({ before, at: subtractDuration(deadline, before) }))
    .filter(({ at }) => at > now && at < deadline)
    .map(({ before, at }) => reminderJob(ref, before, at.toISOString()));
  return [closeBatchJob(ref), ...due];
}
