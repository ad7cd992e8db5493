import { Global, Module, OnModuleInit } from '@nestjs/common';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { Clock } from '../shared/clock';
import { APP_CONFIG, AppConfig } from '../shared/config';
import { BatchCloser } from './batch-closer';
import { BullMqDeadlineScheduler } from './bullmq-deadline-scheduler';
import { DeadlinePlanner } from './deadline-planner';
import { DeadlineReconciler } from './deadline-reconciler';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from './deadline-scheduler.port';
import { InProcessDeadlineScheduler } from './in-process-deadline-scheduler';
import { JobDispatcher } from './job-dispatcher';
import { ScheduledJobsController } from './scheduled-jobs.controller';
import { MemberStateWebhookController } from './webhooks/member-state-webhook.controller';
import { WebhooksProjection } from './webhooks/webhooks.projection';

/** BullMQ on Redis when REDIS_URL is set (any number of engine processes); in-process timers otherwise. */
function createScheduler(config: AppConfig, clock: Clock): DeadlineScheduler {
  const { redisUrl, deadlines } = config;
  const retry = { attempts: deadlines.attempts, backoffMs: deadlines.retryBaseMs };
  if (redisUrl) return new BullMqDeadlineScheduler({ redisUrl, prefix: deadlines.queuePrefix, clock, ...retry });
  return new InProcessDeadlineScheduler(clock, retry);
}

@Global()
@Module({
  controllers: [MemberStateWebhookController, ScheduledJobsController],
  providers: [
    { provide: DEADLINE_SCHEDULER, inject: [APP_CONFIG, Clock], useFactory: createScheduler },
    BatchCloser,
    DeadlinePlanner,
    JobDispatcher,
    DeadlineReconciler,
  ],
  exports: [DEADLINE_SCHEDULER, DeadlinePlanner, DeadlineReconciler],
})
export class DeadlinesModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRunner) {}

  onModuleInit(): void {
    this.projections.register(new WebhooksProjection());
  }
}
