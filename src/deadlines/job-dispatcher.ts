import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AccreditationFacts, ExecuteListCommand } from '../accreditation/accreditation.public';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { Clock } from '../kernel/clock';
import { EngineMetrics } from '../platform/metrics/engine-metrics';
import { BatchCloser, SCHEDULER_ACTOR } from './batch-closer';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from './deadline-scheduler.port';
import { causationOf, ReminderJob, ScheduledJob, WebhookDeliveryJob, webhookJob } from './scheduled-job';
import { WebhookDelivery } from './webhooks/webhook-delivery';
import { WebhookDocument, WEBHOOKS_PREFIX, WEBHOOKS_PROJECTION } from './webhooks/webhooks.projection';

/** What each kind of job does when it falls due. Every job is safe to run twice. */
@Injectable()
export class JobDispatcher {
  private readonly logger = new Logger('Deadlines');

  constructor(
    private readonly closer: BatchCloser,
    private readonly commands: CommandBus,
    private readonly accreditation: AccreditationFacts,
    private readonly documents: ProjectionStore,
    private readonly clock: Clock,
    @Inject(DEADLINE_SCHEDULER) private readonly scheduler: DeadlineScheduler,
    private readonly delivery: WebhookDelivery,
    private readonly metrics: EngineMetrics,
  ) {}

  async run(job: ScheduledJob): Promise<void> {
    if (job.kind === 'close-batch') await this.closer.close(job.batch);
    else if (job.kind === 'reminder') await this.remind(job);
    else await this.deliver(job);
  }

  /** Records the reminder as an event; only a newly recorded one is sent to the States' webhooks. */
  private async remind(job: ReminderJob): Promise<void> {
    const { meetingId, listId, batch, deadline } = job.batch;
    const context = { actor: SCHEDULER_ACTOR, ...causationOf(job.batch, job.id) };
    const input = { kind: 'RecordReminder' as const, batch, deadline, before: job.before };
    const result = await this.commands.execute(new ExecuteListCommand(meetingId, listId, input, context));
    if (result.events.length === 0) return;
    const body = await this.reminderBody(job);
    const now = this.clock.now().toISOString();
    for (const hook of this.documents.list<WebhookDocument>(WEBHOOKS_PROJECTION, WEBHOOKS_PREFIX)) {
      await this.scheduler.schedule(webhookJob(job, hook.state, hook.url, body, now));
    }
  }

  private async reminderBody(job: ReminderJob) {
    const { meetingId, listId, batch, deadline } = job.batch;
    const entries = await this.accreditation.entriesUnderConsideration(meetingId, listId, batch);
    return { event: 'deadline-reminder', meetingId, listId, batch, deadline, remindBefore: job.before, entries };
  }

  /** Every attempt counts: a delivery retried three times and then made is three failures and one success. */
  private async deliver(job: WebhookDeliveryJob): Promise<void> {
    try {
      await this.delivery.deliver(job);
    } catch (error) {
      this.metrics.webhookAttempted('failed');
      throw error;
    }
    this.metrics.webhookAttempted('delivered');
    this.logger.log(`Delivered ${job.id} to ${job.state}`);
  }
}
