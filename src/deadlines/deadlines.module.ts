import { DynamicModule, Module, Type } from '@nestjs/common';
import { BatchCloser } from './batch-closer';
import { DeadlineReconciler } from './deadline-reconciler';
import { JobDispatcher } from './job-dispatcher';
import { ScheduledJobsController } from './scheduled-jobs.controller';
import { MemberStateWebhookController } from './webhooks/member-state-webhook.controller';
import { RegisterWebhookHandler } from './webhooks/register-webhook.handler';

/**
 * Deadline jobs, reminders and webhooks. `engine` provides the scheduler and the planner (which the
 * accreditation commands also use), the event store, the clock and the accreditation facts.
 */
@Module({})
export class DeadlinesModule {
  static register(engine: Type<unknown>): DynamicModule {
    return {
      module: DeadlinesModule,
      imports: [engine],
      controllers: [MemberStateWebhookController, ScheduledJobsController],
      providers: [RegisterWebhookHandler, BatchCloser, JobDispatcher, DeadlineReconciler],
    };
  }
}
