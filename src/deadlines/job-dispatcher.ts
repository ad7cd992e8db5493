import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AccreditationFacts, ExecuteListCommand } from '../accreditation/accreditation.public';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { Clock } from '../kernel/clock';
import { BatchCloser, SCHEDULER_ACTOR } from './batch-closer';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from './deadline-scheduler.port';
import { ReminderJob, ScheduledJob, WebhookDeliveryJob, webhookJob } from './scheduled-job';
import { WebhookDocument, WEBHOOKS_PREFIX, WEBHOOKS_PROJECTION } from './webhooks/webhooks.projection';

const DELIVERY_TIMEOUT_MS = 10_000;

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
  ) {}

  async run(job: ScheduledJob): Promise<void> {
    if (job.kind === 'close-batch') await this.closer.close(job.batch);
    else if (job.kind === 'reminder') await this.remind(job);
    else await this.deliver(job);
  }

  /** Records the reminder as an event; only a newly recorded one is sent to the States' webhooks. */
  private async remind(job: ReminderJob): Promise<void> {
    const { meetingId, listId, batch, deadline } = job.batch;
    const context = { actor: SCHEDULER_ACTOR, correlationId: job.id, causationId: job.id };
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

  /** A refused or unanswered delivery throws, so the scheduler retries it with backoff. */
  private async deliver(job: WebhookDeliveryJob): Promise<void> {
    const response = await fetch(job.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-nihil-obstat-delivery': job.id },
      body: JSON.stringify(job.body),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`${job.url} answered HTTP ${response.status}`);
    this.logger.log(`Delivered ${job.id} to ${job.state}`);
  }
}
