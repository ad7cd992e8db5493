import { DynamicModule, Module, OnApplicationShutdown, Type } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../platform/config';
import { BatchCloser } from './batch-closer';
import { DeadlineReconciler } from './deadline-reconciler';
import { JobDispatcher } from './job-dispatcher';
import { ScheduledJobsController } from './scheduled-jobs.controller';
import { HostResolver } from './webhooks/host-resolver';
import { MemberStateWebhookController } from './webhooks/member-state-webhook.controller';
import { RegisterWebhookHandler } from './webhooks/register-webhook.handler';
import { RotateWebhookSecretHandler } from './webhooks/rotate-webhook-secret.handler';
import { WebhookDelivery } from './webhooks/webhook-delivery';
import { WebhookSecretStore } from './webhooks/webhook-secret.store';

class ClosingWebhookSecretStore extends WebhookSecretStore implements OnApplicationShutdown {
  onApplicationShutdown(): void {
    this.close();
  }
}

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
      providers: [
        RegisterWebhookHandler,
        RotateWebhookSecretHandler,
        BatchCloser,
        JobDispatcher,
        DeadlineReconciler,
        HostResolver,
        WebhookDelivery,
        {
          provide: WebhookSecretStore,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new ClosingWebhookSecretStore(config.webhooks.secretsPath),
        },
      ],
    };
  }
}
