import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { embeddedStorePath } from '../../event-store/event-store.factory';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { AUDIT_JOB_BOARD, AuditJob, AuditJobBoard, AuditJobKind } from '../../event-store/jobs/audit-job-board';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { fail } from '../../kernel/domain-error';
import { APP_CONFIG, AppConfig } from '../../platform/config';
import { DeciderRegistry } from '../decider-registry';
import { AUDIT_REBUILD_CATALOGUE, AuditRebuildCatalogue, runJob } from './audit-job-runs';

/** How often a running job writes its progress at most, and its heartbeat at least; when a silent job counts as lost. */
export interface JobTimings {
  progressEveryMs: number;
  heartbeatEveryMs: number;
  staleAfterMs: number;
}

export const AUDIT_JOB_TIMINGS = Symbol('AUDIT_JOB_TIMINGS');
export const DEFAULT_JOB_TIMINGS: JobTimings = { progressEveryMs: 500, heartbeatEveryMs: 5_000, staleAfterMs: 30_000 };

const RECENT = 20;

/**
 * Audit jobs: one at a time across every engine process on the log (the board's atomic claim), run in
 * the background of the process that was asked (the request answers at once), their progress written
 * to the board at a bounded rate with a heartbeat, so that any process can show it and a job whose
 * process died is failed instead of blocking the next.
 */
@Injectable()
export class AuditJobs implements OnApplicationShutdown {
  private readonly logger = new Logger('AuditJobs');
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private running?: { jobId: string; done: Promise<void> };
  private closed = false;

  constructor(
    @Inject(AUDIT_JOB_BOARD) private readonly board: AuditJobBoard,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AUDIT_REBUILD_CATALOGUE) private readonly rebuild: AuditRebuildCatalogue,
    @Inject(AUDIT_JOB_TIMINGS) private readonly timings: JobTimings,
    private readonly deciders: DeciderRegistry,
    private readonly live: ProjectionStore,
  ) {}

  /** Starts a job unless one runs (409 INVALID_STATE naming it); answers its id at once. */
  async start(kind: AuditJobKind): Promise<string> {
    const jobId = randomUUID();
    const lastPosition = await this.store.lastPosition();
    const total = this.countsEvents() && lastPosition !== undefined ? Number(lastPosition) : 0;
    const at = new Date();
    const claim = await this.board.claim({ jobId, kind, owner: this.owner, total, at }, this.staleBefore());
    if (!claim.claimed) {
      const { running } = claim;
      const since = running.startedAt.toISOString();
      fail(
        'INVALID_STATE',
        `The ${running.kind} job ${running.jobId} is running since ${since}; one audit job runs at a time. ` +
          `Wait until it is done (GET /v1/audit/jobs/${running.jobId}), then start this one.`,
        { jobId: running.jobId, kind: running.kind, since },
      );
    }
    const context = { store: this.store, config: this.config, deciders: this.deciders, live: this.live, rebuild: this.rebuild };
    this.running = { jobId, done: this.run(jobId, kind, total, { ...context, total, lastPosition }) };
    return jobId;
  }

  async find(jobId: string): Promise<AuditJob | undefined> {
    await this.board.failStale(this.staleBefore(), new Date());
    return this.board.find(jobId);
  }

  async recent(): Promise<AuditJob[]> {
    await this.board.failStale(this.staleBefore(), new Date());
    return this.board.recent(RECENT);
  }

  report(jobId: string): Promise<string | undefined> {
    return this.board.report(jobId);
  }

  /** Waits for this process's job, if any (tests, and a clean shutdown). */
  async settled(): Promise<void> {
    await this.running?.done;
  }

  /** A job still running here is failed with the reason (the work itself stops with the process). */
  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.running) {
      const summary = { error: 'The engine process running this job stopped before it finished. Start the job again.' };
      await this.board.finish(this.running.jobId, { state: 'failed', summary }, new Date()).catch(() => undefined);
    }
    await this.board.close();
  }

  private async run(jobId: string, kind: AuditJobKind, total: number, context: Parameters<typeof runJob>[1]): Promise<void> {
    const progress = new ThrottledProgress((done, known) => this.write(() => this.board.progress(jobId, done, known, new Date())), {
      total,
      ...this.timings,
    });
    try {
      const outcome = await runJob(kind, context, (done) => progress.update(done));
      await progress.close();
      await this.write(() => this.board.finish(jobId, outcome, new Date()));
    } catch (error) {
      await progress.close();
      this.logger.error(`The ${kind} job ${jobId} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const summary = { error: `The job could not complete: ${error instanceof Error ? error.message : String(error)}` };
      await this.write(() => this.board.finish(jobId, { state: 'failed', summary }, new Date()));
    } finally {
      if (this.running?.jobId === jobId) this.running = undefined;
    }
  }

  /** Board writes after shutdown are dropped; a failed write is logged, never thrown into the job. */
  private async write(update: () => Promise<void>): Promise<void> {
    if (this.closed) return;
    await update().catch((error: unknown) => this.logger.warn(`Could not update the audit job board: ${String(error)}`));
  }

  /** The embedded and PostgreSQL stores number events 1, 2, 3, … with no gap: the last position is the count. */
  private countsEvents(): boolean {
    return embeddedStorePath(this.config.eventStore) !== undefined || this.config.eventStore.postgresUrl !== undefined;
  }

  private staleBefore(): Date {
    return new Date(Date.now() - this.timings.staleAfterMs);
  }
}

/** Progress written at most every `progressEveryMs`, and at least every `heartbeatEveryMs` (the heartbeat). */
class ThrottledProgress {
  private done = 0;
  private lastWritten = 0;
  private writing: Promise<void> = Promise.resolve();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly write: (done: number, total: number) => Promise<void>,
    private readonly options: JobTimings & { total: number },
  ) {
    this.heartbeat = setInterval(() => this.flush(), options.heartbeatEveryMs);
    this.heartbeat.unref();
  }

  update(done: number): void {
    this.done = done;
    if (Date.now() - this.lastWritten >= this.options.progressEveryMs) this.flush();
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.flush();
    await this.writing;
  }

  private flush(): void {
    this.lastWritten = Date.now();
    const { done } = this;
    // Events appended while the job runs may take it past the count it started with.
    const total = Math.max(this.options.total, done);
    this.writing = this.writing.then(() => this.write(done, total));
  }
}
