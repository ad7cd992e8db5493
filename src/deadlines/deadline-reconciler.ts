import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { LISTS_PROJECTION, OPEN_BATCHES_PREFIX, OpenBatchDocument } from '../accreditation/projections/lists.projection';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { APP_CONFIG, AppConfig } from '../shared/config';
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

  constructor(
    @Inject(DEADLINE_SCHEDULER) private readonly scheduler: DeadlineScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly planner: DeadlinePlanner,
    private readonly dispatcher: JobDispatcher,
    private readonly documents: ProjectionStore,
    private readonly projections: ProjectionRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projections.started;
    await this.scheduler.start((job) => this.dispatcher.run(job));
    await this.reconcile();
    this.timer = setInterval(() => void this.reconcile(), this.config.deadlines.reconcileIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.scheduler.stop();
  }

  /** Makes sure every open batch has its jobs; returns how many open batches it covered. */
  async reconcile(): Promise<number> {
    const open = this.documents.list<OpenBatchDocument>(LISTS_PROJECTION, OPEN_BATCHES_PREFIX);
    try {
      for (const { meetingId, listId, batch } of open) await this.planner.planBatch(meetingId, listId, batch);
      return open.length;
    } catch (error) {
      this.logger.warn(`Reconciliation could not reach the scheduler (${(error as Error).message}); will try again`);
      return 0;
    }
  }
}
