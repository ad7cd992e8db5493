import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AccreditationFacts, ExecuteListCommand } from '../accreditation/accreditation.public';
import { Clock } from '../kernel/clock';
import { Actor } from '../kernel/events';
import { EngineMetrics } from '../platform/metrics/engine-metrics';
import { BatchRef, causationOf, closeBatchJob } from './scheduled-job';

export const SCHEDULER_ACTOR: Actor = { role: 'system', subject: 'deadline-scheduler' };

/**
 * What a deadline job does: close the batch through the same command the PGA would use. A job
 * whose deadline was extended, or whose batch is already closed or was cancelled, does nothing.
 */
@Injectable()
export class BatchCloser {
  private readonly logger = new Logger('Deadlines');

  constructor(
    private readonly commands: CommandBus,
    private readonly accreditation: AccreditationFacts,
    private readonly metrics: EngineMetrics,
    private readonly clock: Clock,
  ) {}

  async close(job: BatchRef): Promise<'closed' | 'superseded' | 'already-closed' | 'cancelled'> {
    const batch = await this.accreditation.batch(job.meetingId, job.listId, job.batch);
    if (!batch || new Date(batch.deadline).getTime() !== new Date(job.deadline).getTime()) return 'superseded';
    if (batch.status === 'closed') return 'already-closed';
    if (batch.status === 'cancelled') return 'cancelled';
    const context = { actor: SCHEDULER_ACTOR, ...causationOf(job, closeBatchJob(job).id) };
    const result = await this.commands.execute(
      new ExecuteListCommand(job.meetingId, job.listId, { kind: 'CloseBatch', batch: job.batch }, context),
    );
    if (result.events.length === 0) return 'already-closed';
    this.metrics.batchClosed((this.clock.now().getTime() - new Date(job.deadline).getTime()) / 1000);
    this.logger.log(`Closed batch ${job.batch} of ${job.meetingId}/${job.listId} at its deadline ${job.deadline}`);
    return 'closed';
  }
}
