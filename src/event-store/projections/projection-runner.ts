import { Logger } from '@nestjs/common';
import { EventStore, Position, StoredEvent, Subscription } from '../event-store.port';
import { comparePositions, hasReached } from '../../kernel/position';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { Projection } from '../../kernel/projection';
import { Checkpoint, ProjectionBatch, ProjectionStore } from './projection-store';

export class ProjectionTimeoutError extends Error {
  constructor(
    readonly target: Position,
    readonly reached: Position | undefined,
    readonly waitedMs: number,
  ) {
    super(`Projections had not reached position ${target} after ${waitedMs} ms (they are at ${reached ?? 'the start'}).`);
    this.name = 'ProjectionTimeoutError';
  }
}

interface Waiter {
  target: Position;
  resolve(): void;
  reject(error: Error): void;
}

/** Most events a batch holds before it is committed, so that memory stays bounded during catch-up. */
const MAX_BATCH = 2000;

/**
 * Feeds every registered projection from one subscription in global order. Each projection keeps
 * its own checkpoint, committed with its documents; an event at or before it is not applied again.
 */
export class ProjectionRunner {
  private readonly logger = new Logger('Projections');
  private readonly projections: Projection[] = [];
  private readonly checkpointOf = new Map<string, Checkpoint>();
  private subscription?: Subscription;
  private batch?: ProjectionBatch;
  private batchEnd?: Position;
  private processed?: Position;
  private waiters: Waiter[] = [];
  private failure?: Error;
  private markStarted!: () => void;
  /** Resolves once the projections have first caught up with the log. */
  readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  constructor(
    private readonly store: EventStore,
    private readonly documents: ProjectionStore,
    readonly upcasters: UpcasterRegistry,
  ) {}

  register(projection: Projection): void {
    if (this.subscription) throw new Error(`Projection ${projection.name} registered after start`);
    this.projections.push(projection);
  }

  /** The registered projections, e.g. to rebuild them elsewhere (time travel). */
  get registered(): ReadonlyArray<Projection> {
    return this.projections;
  }

  /** Starts the subscription from the lowest checkpoint; resolves once caught up with the log. */
  async start(): Promise<void> {
    for (const projection of this.projections) this.loadCheckpoint(projection);
    const from = this.lowestCheckpoint();
    this.processed = from;
    this.failure = undefined;
    this.logger.log(`Starting ${this.projections.length} projections from ${from ?? 'the start'}`);
    await new Promise<void>((resolve, reject) => {
      this.subscription = this.store.subscribe(from, (event) => this.handle(event), {
        onCaughtUp: () => {
          this.flush();
          this.markStarted();
          resolve();
        },
        onError: (error) => {
          this.fail(error);
          reject(error);
        },
      });
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
    this.flush();
  }

  /** Drops a projection's documents and checkpoint and replays the whole log into it. */
  async rebuild(name: string): Promise<void> {
    if (!this.projections.some((p) => p.name === name)) throw new Error(`No projection named ${name}`);
    await this.stop();
    this.documents.reset(name);
    this.checkpointOf.delete(name);
    await this.start();
  }

  /** Resolves once every projection has applied the event at `target` (read-your-writes). */
  waitFor(target: Position, timeoutMs: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (hasReached(this.processed, target)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new ProjectionTimeoutError(target, this.processed, timeoutMs));
      }, timeoutMs);
      const settle =
        <A extends unknown[]>(fn: (...args: A) => void) =>
        (...args: A) => (clearTimeout(timer), fn(...args));
      const waiter: Waiter = { target, resolve: settle(resolve), reject: settle(reject) };
      this.waiters.push(waiter);
    });
  }

  get position(): Position | undefined {
    return this.processed;
  }

  /** Each projection's checkpoint: the position of the last event it applied (undefined: none yet). */
  checkpoints(): { projection: string; position: Position | undefined }[] {
    return this.projections.map((p) => ({ projection: p.name, position: this.checkpointOf.get(p.name)?.position }));
  }

  get error(): Error | undefined {
    return this.failure;
  }

  private handle(stored: StoredEvent): void {
    const event = this.upcasters.upcastStored(stored);
    this.batch ??= this.documents.batch();
    for (const projection of this.projections) {
      const checkpoint = this.checkpointOf.get(projection.name);
      if (hasReached(checkpoint?.position, event.position)) continue;
      projection.apply(event, this.batch.writer(projection.name));
      const next = { position: event.position, version: projection.version };
      this.checkpointOf.set(projection.name, next);
      this.batch.advance(projection.name, next);
    }
    this.batchEnd = event.position;
    this.batch.size += 1;
    if (this.batch.size >= MAX_BATCH) this.flush();
    else if (this.batch.size === 1) setImmediate(() => this.flushOrFail());
  }

  /** A commit that fails (disk full, a locked file) stops the runner rather than skipping the batch. */
  private flushOrFail(): void {
    try {
      this.flush();
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      void this.subscription?.stop();
    }
  }

  private flush(): void {
    const { batch, batchEnd } = this;
    if (!batch || !batchEnd) return;
    this.batch = undefined;
    this.batchEnd = undefined;
    batch.commit();
    this.processed = batchEnd;
    this.releaseWaiters();
  }

  private releaseWaiters(): void {
    const ready = this.waiters.filter((w) => hasReached(this.processed, w.target));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    ready.forEach((w) => w.resolve());
  }

  private loadCheckpoint(projection: Projection): void {
    const stored = this.documents.checkpoint(projection.name);
    if (stored.position !== undefined && stored.version !== projection.version) {
      this.logger.warn(`Projection ${projection.name} changed from version ${stored.version} to ${projection.version}: rebuilding`);
      this.documents.reset(projection.name);
      this.checkpointOf.delete(projection.name);
      return;
    }
    this.checkpointOf.set(projection.name, stored);
  }

  private lowestCheckpoint(): Position | undefined {
    const positions = this.projections.map((p) => this.checkpointOf.get(p.name)?.position);
    if (positions.length === 0 || positions.some((p) => p === undefined)) return undefined;
    return (positions as Position[]).sort(comparePositions)[0];
  }

  private fail(error: Error): void {
    this.failure = error;
    this.batch = undefined;
    this.batchEnd = undefined;
    this.logger.error(`Projections stopped: ${error.message}`, error.stack);
    this.waiters.splice(0).forEach((w) => w.reject(error));
  }
}
