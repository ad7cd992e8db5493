import { Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccreditationFacts, BATCH_DEADLINES, MEETING_ARRANGEMENTS } from '../accreditation/accreditation.public';
import { ArrangementsOfMeeting } from '../arrangements/projections/meeting-arrangements';
import { DeciderRegistry } from '../audit/decider-registry';
import { BullMqDeadlineScheduler } from '../deadlines/bullmq-deadline-scheduler';
import { DeadlinePlanner } from '../deadlines/deadline-planner';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from '../deadlines/deadline-scheduler.port';
import { InProcessDeadlineScheduler } from '../deadlines/in-process-deadline-scheduler';
import { TracedDeadlineScheduler } from '../deadlines/traced-deadline-scheduler';
import { CommandExecutor } from '../event-store/commands/command-executor';
import { describeEventStore } from '../event-store/event-store.factory';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { engineLogBinding, LogBinding } from '../event-store/projections/projection-binding';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { TimeTravel } from '../event-store/projections/time-travel';
import { Clock } from '../kernel/clock';
import { APP_CONFIG, AppConfig } from '../platform/config';
import { IDEMPOTENCY_KEYS } from '../event-store/idempotency/idempotency-keys';
import { IdempotencyInterceptor } from '../platform/idempotency/idempotency.interceptor';
import { PlatformModule } from '../platform/platform.module';
import { PERSONAL_DATA_PROVIDERS } from '../platform/personal-data/personal-data.providers';
import { PersonalDataVault } from '../platform/personal-data/personal-data-vault';
import { EngineMetrics } from '../platform/metrics/engine-metrics';
import { TimedEventStore } from '../platform/metrics/timed-event-store';
import { projectionLag } from '../event-store/projections/projection-lag';
import { ConsistentAtInterceptor } from '../platform/http/consistent-at.interceptor';
import { engineUpcasters } from './engine-upcasters';
import { createEngineLog, EngineLog } from './engine-store';
import { ENGINE_STREAMS, engineProjections } from './manifests';

/** Starts the projections once the engine is assembled, and closes the store last. */
@Injectable()
class EngineLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
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

/** The figures read at each scrape: how far the projections are behind the log, and the scheduler's jobs. */
@Injectable()
class EngineMetricSources implements OnModuleInit {
  constructor(
    private readonly metrics: EngineMetrics,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    @Inject(DEADLINE_SCHEDULER) private readonly scheduler: DeadlineScheduler,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.metrics.measureProjectionLag(() => projectionLag(this.runner, this.store, this.clock.now()));
    this.metrics.measureScheduledJobs(() => this.scheduler.health());
  }
}

const ENGINE_LOG = Symbol('ENGINE_LOG');

/** BullMQ on Redis when REDIS_URL is set (any number of engine processes); in-process timers otherwise. Traced when tracing is on. */
function createScheduler(config: AppConfig, clock: Clock): DeadlineScheduler {
  const { redisUrl, deadlines } = config;
  const retry = { attempts: deadlines.attempts, backoffMs: deadlines.retryBaseMs };
  const scheduler = redisUrl
    ? new BullMqDeadlineScheduler({ redisUrl, prefix: deadlines.queuePrefix, clock, ...retry })
    : new InProcessDeadlineScheduler(clock, retry);
  return config.tracing.endpoint ? new TracedDeadlineScheduler(scheduler) : scheduler;
}

function createRunner(store: EventStore, documents: ProjectionStore): ProjectionRunner {
  const runner = new ProjectionRunner(store, documents, engineUpcasters);
  for (const projection of engineProjections()) runner.register(projection);
  return runner;
}

/**
 * The engine's shared services, assembled from the capabilities' manifests and public interfaces:
 * the hash-chained store, the projections, the command executor, time travel, the decision replay's
 * registry, the deadline scheduler and the ports one capability offers another. Every capability
 * module imports this one (it is passed to their `register`), so what each uses is explicit.
 */
@Module({
  imports: [PlatformModule],
  providers: [
    {
      provide: ENGINE_LOG,
      inject: [APP_CONFIG, Clock],
      useFactory: (config: AppConfig, clock: Clock) => {
        new Logger('EventStore').log(`Using the ${describeEventStore(config.eventStore)}`);
        const { redisUrl, idempotencyTtlMs, deadlines } = config;
        const redis = redisUrl ? { url: redisUrl, prefix: deadlines.queuePrefix, ttlMs: idempotencyTtlMs } : undefined;
        return createEngineLog(config.eventStore, { besidePath: config.projectionsPath, redis }, () => clock.now());
      },
    },
    {
      provide: EVENT_STORE,
      inject: [ENGINE_LOG, EngineMetrics],
      useFactory: (log: EngineLog, metrics: EngineMetrics) => new TimedEventStore(log.store, (seconds) => metrics.appended(seconds)),
    },
    { provide: IDEMPOTENCY_KEYS, inject: [ENGINE_LOG], useFactory: (log: EngineLog) => log.keys },
    // First: a request that names a position waits for the views before anything else runs.
    { provide: APP_INTERCEPTOR, useClass: ConsistentAtInterceptor },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    { provide: ProjectionStore, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new ProjectionStore(config.projectionsPath) },
    {
      provide: LogBinding,
      inject: [EVENT_STORE, ProjectionStore, ENGINE_LOG],
      useFactory: (store: EventStore, documents: ProjectionStore, log: EngineLog) =>
        engineLogBinding(store, documents, log.keysBesideTheLog),
    },
    { provide: ProjectionRunner, inject: [EVENT_STORE, ProjectionStore], useFactory: createRunner },
    {
      provide: CommandExecutor,
      inject: [EVENT_STORE, ProjectionRunner, APP_CONFIG, EngineMetrics],
      useFactory: (store: EventStore, runner: ProjectionRunner, config: AppConfig, metrics: EngineMetrics) =>
        new CommandExecutor(
          store,
          runner,
          { retries: config.commandRetries, projectionWaitMs: config.projectionWaitMs },
          engineUpcasters,
          metrics,
        ),
    },
    {
      provide: TimeTravel,
      inject: [EVENT_STORE, ProjectionRunner, APP_CONFIG, EngineMetrics],
      useFactory: (store: EventStore, runner: ProjectionRunner, config: AppConfig, metrics: EngineMetrics) =>
        new TimeTravel(store, runner, config.asOf, (outcome) => metrics.asOfRead(outcome)),
    },
    { provide: DeciderRegistry, useFactory: () => new DeciderRegistry(ENGINE_STREAMS, engineUpcasters) },
    {
      provide: AccreditationFacts,
      inject: [CommandExecutor, ProjectionStore],
      useFactory: (executor: CommandExecutor, documents: ProjectionStore) => new AccreditationFacts(executor, documents),
    },
    { provide: MEETING_ARRANGEMENTS, useFactory: () => new ArrangementsOfMeeting() },
    { provide: DEADLINE_SCHEDULER, inject: [APP_CONFIG, Clock], useFactory: createScheduler },
    DeadlinePlanner,
    { provide: BATCH_DEADLINES, useExisting: DeadlinePlanner },
    EngineLifecycle,
    EngineMetricSources,
    ...PERSONAL_DATA_PROVIDERS,
  ],
  exports: [
    PlatformModule,
    EVENT_STORE,
    ProjectionStore,
    ProjectionRunner,
    CommandExecutor,
    TimeTravel,
    DeciderRegistry,
    AccreditationFacts,
    MEETING_ARRANGEMENTS,
    DEADLINE_SCHEDULER,
    DeadlinePlanner,
    BATCH_DEADLINES,
    PersonalDataVault,
  ],
})
export class EngineCoreModule {}
