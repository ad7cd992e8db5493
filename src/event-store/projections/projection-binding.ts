import { Logger } from '@nestjs/common';
import { EventStore, Position } from '../event-store.port';
import { hasReached } from '../../kernel/position';

/** What is derived from one log and kept beside it (read models, idempotency answers). */
export interface LogDerived {
  /** The identity of the log it was derived from; undefined when none was recorded. */
  logIdentity(): string | undefined;
  recordLogIdentity(identity: string): void;
  /** The furthest log position it reflects; undefined when it reflects none. */
  furthestPosition(): Position | undefined;
  /** Drops everything derived and records the identity of the log it will be derived from. */
  discardFor(identity: string): void;
}

export interface LogFacts {
  identity: string;
  lastPosition: Position | undefined;
}

export interface DerivedFacts {
  logIdentity: string | undefined;
  furthestPosition: Position | undefined;
}

/** A derived store, with what the log line says when it is discarded. */
export interface BoundStore {
  discarded: string;
  store: LogDerived;
}

/** Why what is derived cannot be trusted with this log; undefined when it can. */
export function reasonToDiscard(derived: DerivedFacts, log: LogFacts): string | undefined {
  const { logIdentity: recorded, furthestPosition: furthest } = derived;
  if (recorded !== undefined && recorded !== log.identity) {
    return `they come from log ${recorded}, but this log is ${log.identity}`;
  }
  if (furthest !== undefined && !hasReached(log.lastPosition, furthest)) {
    return `they reach position ${furthest}, beyond the log's last position (${log.lastPosition ?? 'none: the log is empty'})`;
  }
  // Either made before logs had an identity, or from another log: nothing tells which.
  if (recorded === undefined && furthest !== undefined) return `they record no log identity (made before logs had one)`;
  return undefined;
}

/**
 * Ties what is derived from the log to the log itself. Checked at start, before the projections
 * subscribe: read models and answers from another log (a restored backup, a deleted or replaced
 * log file) would otherwise be served, and checkpoints ahead of the log would skip its new events.
 */
export class LogBinding {
  private readonly logger = new Logger('LogBinding');

  constructor(
    private readonly log: Pick<EventStore, 'identity' | 'lastPosition'>,
    private readonly bound: BoundStore[],
  ) {}

  /** Discards every bound store that does not match the log; returns what was discarded. */
  async check(): Promise<string[]> {
    // The stores are read before the log: whatever they reflect was in the log by then, even if
    // another process appends (and projects) in between.
    const derived = this.bound.map(({ store }) => factsOf(store));
    const log: LogFacts = { identity: await this.log.identity(), lastPosition: await this.log.lastPosition() };
    const discarded: string[] = [];
    this.bound.forEach(({ discarded: what, store }, i) => {
      const reason = reasonToDiscard(derived[i], log);
      if (reason) {
        this.logger.warn(`${what}: ${reason}`);
        store.discardFor(log.identity);
        discarded.push(what);
      } else if (derived[i].logIdentity === undefined) {
        store.recordLogIdentity(log.identity);
      }
    });
    return discarded;
  }
}

function factsOf(store: LogDerived): DerivedFacts {
  return { logIdentity: store.logIdentity(), furthestPosition: store.furthestPosition() };
}

/**
 * The engine's binding: its read models (rebuilt by the runner from their emptied checkpoints), and
 * its idempotency keys when they are kept beside the log (EventStoreDB). On the embedded store the
 * keys live in the log's own file: they come and go with it, and need no binding.
 */
export function engineLogBinding(log: EventStore, readModels: LogDerived, idempotencyKeysBeside?: LogDerived): LogBinding {
  return new LogBinding(log, [
    { discarded: 'Read models discarded, to be rebuilt from the log', store: readModels },
    ...(idempotencyKeysBeside ? [{ discarded: 'Idempotency answers discarded', store: idempotencyKeysBeside }] : []),
  ]);
}
