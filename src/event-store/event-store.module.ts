import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { TimeTravel } from '../audit/time-travel';
import { Clock } from '../shared/clock';
import { APP_CONFIG, AppConfig } from '../shared/config';
import { IdempotencyStore } from '../shared/http/idempotency.store';
import { CommandExecutor } from './commands/command-executor';
import { createEventStore, describeEventStore } from './event-store.factory';
import { EVENT_STORE, EventStore } from './event-store.port';
import { engineLogBinding, LogBinding } from './projections/projection-binding';
import { ProjectionRunner } from './projections/projection-runner';
import { ProjectionStore } from './projections/projection-store';

/** Starts projections once every module has registered its own, and closes the store last. */
@Injectable()
class EventStoreLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('EventStore');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    private readonly documents: ProjectionStore,
    private readonly binding: LogBinding,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.binding.check();
    await this.runner.start();
    this.logger.log(`Projections caught up at position ${this.runner.position ?? 'start'}`);
  }

  /** Runs after the HTTP server has stopped taking requests and finished the ones in flight. */
  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.store.close();
    this.documents.close();
    this.logger.log('Event store and projections closed');
  }
}

@Global()
@Module({
  providers: [
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG, Clock],
      useFactory: (config: AppConfig, clock: Clock) => {
        new Logger('EventStore').log(`Using the ${describeEventStore(config.eventStore)}`);
        return createEventStore(config.eventStore, () => clock.now());
      },
    },
    { provide: ProjectionStore, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new ProjectionStore(config.projectionsPath) },
    { provide: LogBinding, inject: [EVENT_STORE, ProjectionStore, IdempotencyStore], useFactory: engineLogBinding },
    {
      provide: ProjectionRunner,
      inject: [EVENT_STORE, ProjectionStore],
      useFactory: (store: EventStore, documents: ProjectionStore) => new ProjectionRunner(store, documents),
    },
    {
      provide: CommandExecutor,
      inject: [EVENT_STORE, ProjectionRunner, APP_CONFIG],
      useFactory: (store: EventStore, runner: ProjectionRunner, config: AppConfig) =>
        new CommandExecutor(store, runner, { retries: config.commandRetries, projectionWaitMs: config.projectionWaitMs }),
    },
    EventStoreLifecycle,
    TimeTravel,
  ],
  exports: [EVENT_STORE, ProjectionStore, ProjectionRunner, CommandExecutor, TimeTravel],
})
export class EventStoreModule {}
