import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AccreditationFacts } from '../accreditation/accreditation.public';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { APP_CONFIG, AppConfig } from '../platform/config';
import { DeadlinePlanner } from './deadline-planner';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from './deadline-scheduler.port';
import { JobDispatcher } from './job-dispatcher';

/**
 * The event log is the truth about deadlines; the scheduler only holds jobs. At start-up and at a
 * fixed interval every open batch (from the projections) gets its jobs, so nothing is lost to a
 * crash, a restart or an emptied Redis. A deadline passed while the engine was down fires at once.
 */
@Injectable()
export class DeadlineReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Deadlines');
  private timer?: NodeJS.Timeout;
  /** The timer's pass in progress, if any. */
  private pass?: Promise<number>;
  private stopping = false;

  constructor(
    @Inject(DEADLINE_SCHEDULER) private readonly scheduler: DeadlineScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly planner: DeadlinePlanner,
    private readonly dispatcher: JobDispatcher,
    private readonly accreditation: AccreditationFacts,
    private readonly projections: ProjectionRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projections.started;
    await this.scheduler.start((job) => this.dispatcher.run(job));
    await this.reconcile();
    this.timer = setInterval(() => this.reconcileUnlessRunning(), this.config.deadlines.reconcileIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.pass;
    await this.scheduler.stop();
  }

  /** Makes sure every open batch has its jobs; returns how many open batches it covered. */
  async reconcile(): Promise<number> {
    try {
      const open = this.accreditation.openBatches();
      for (const { meetingId, listId, batch } of open) {
        if (this.stopping) return 0;
        await this.planner.planBatch(meetingId, listId, batch);
      }
      return open.length;
    } catch (error) {
      // Mostly the scheduler (Redis) away; whatever it was, the next pass tries again.
      this.logger.warn(`Reconciliation stopped short (${(error as Error).message}); the next pass will try again`);
      return 0;
    }
  }

  /**
   * A pass costs a stream read and a Redis round trip per open batch (0.6 to 1.6 s for 1,000 open batches
   * on the benchmark machine), more while Redis is slow: a tick that comes while the previous pass still
   * runs is skipped, so that passes never pile up.
   */
  private reconcileUnlessRunning(): void {
    if (this.pass) return;
    this.pass = this.reconcile().finally(() => (this.pass = undefined));
  }
}
