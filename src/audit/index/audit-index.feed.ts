import { Logger } from '@nestjs/common';
import { EventStore, Position, StoredEvent, Subscription } from '../../event-store/event-store.port';
import { LogBinding } from '../../event-store/projections/projection-binding';
import { ProjectionTimeoutError } from '../../event-store/projections/projection-runner';
import { hasReached } from '../../kernel/position';
import { AuditIndexRow, indexRowOf } from './audit-index-row';
import { AuditIndexStore } from './audit-index.store';

/** Rows a batch holds before it is committed (catch-up over a long log). */
const MAX_BATCH = 5000;

interface Waiter {
  target: Position;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * Feeds the audit index from its own checkpointed subscription: the checkpoint is the last row
 * indexed, committed with the rows, so a re-delivered event is skipped. Bound to its log like the read
 * models: an index from another log, or beyond this one's end, is discarded and rebuilt.
 */
export class AuditIndexFeed {
  private readonly logger = new Logger('AuditIndex');
  private subscription?: Subscription;
  private pending: AuditIndexRow[] = [];
  private waiters: Waiter[] = [];
  private failure?: Error;

  constructor(
    private readonly store: EventStore,
    private readonly index: AuditIndexStore,
    private readonly meetingOf: (streamId: string) => string | undefined,
  ) {}

  /** Checks the binding, then subscribes; resolves once the index has caught up with the log. */
  async start(): Promise<void> {
    await new LogBinding(this.store, [{ discarded: 'Audit index discarded, to be rebuilt from the log', store: this.index }]).check();
    const from = this.index.lastPosition;
    this.logger.log(`Indexing the log from ${from ?? 'the start'} (${this.index.size} events indexed)`);
    await new Promise<void>((resolve, reject) => {
      this.subscription = this.store.subscribe(from, (event) => this.handle(event), {
        onCaughtUp: () => (this.flush(), resolve()),
        onError: (error) => (this.fail(error), reject(error)),
      });
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
    this.flush();
  }

  /** Resolves once the index holds the event at `target` (undefined: nothing to wait for). */
  waitFor(target: Position | undefined, timeoutMs: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (target === undefined || hasReached(this.index.lastPosition, target)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new ProjectionTimeoutError(target, this.index.lastPosition, timeoutMs));
      }, timeoutMs);
      const waiter: Waiter = {
        target,
        resolve: () => (clearTimeout(timer), resolve()),
        reject: (error) => (clearTimeout(timer), reject(error)),
      };
      this.waiters.push(waiter);
    });
  }

  get error(): Error | undefined {
    return this.failure;
  }

  private handle(event: StoredEvent): void {
    this.pending.push(indexRowOf(event, this.meetingOf));
    if (this.pending.length >= MAX_BATCH) this.flush();
    else if (this.pending.length === 1) setImmediate(() => this.flushOrFail());
  }

  private flushOrFail(): void {
    try {
      this.flush();
    } catch (error) {
      this.fail(error instanceof Error ? error : new Error(String(error)));
      void this.subscription?.stop();
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    this.index.append(rows);
    const ready = this.waiters.filter((w) => hasReached(this.index.lastPosition, w.target));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    ready.forEach((w) => w.resolve());
  }

  private fail(error: Error): void {
    this.failure = error;
    this.pending = [];
    this.logger.error(`Audit index stopped: ${error.message}`, error.stack);
    this.waiters.splice(0).forEach((w) => w.reject(error));
  }
}
