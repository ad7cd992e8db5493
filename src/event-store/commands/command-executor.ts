import { CommandEnvelope, Decider, DomainEvent } from '../../kernel/decider';
import { DomainError } from '../../kernel/domain-error';
import { ConcurrencyError } from '../concurrency.error';
import { EventStore, NewEvent, Position, StoredEvent } from '../event-store.port';
import { toPosition } from '../../kernel/position';
import { ProjectionRunner } from '../projections/projection-runner';
import { AppendTooLargeError } from '../store-errors';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';
import { IdempotencyClaim, IdempotencyKeyTaken, RecordedResult } from '../idempotency/idempotency-keys';
import { keyTakenMeanwhile, keyWritesOf } from './command-keys';
import { withCommandEventIds } from './event-ids';
import { StreamState, StreamStateCache } from './stream-state-cache';
import { CommandObserver, commandKindOf, outcomeOf } from './command-observer';
import { activeContext, CORRELATION_ATTRIBUTE, inSpan, linksTo } from './command-tracing';
import type { Context } from '@opentelemetry/api';

/** Where a command came from, carried into every event it causes. */
export interface CausationContext {
  correlationId: string;
  causationId: string;
  /** The request's `Idempotency-Key`, recorded with the command's events. */
  idempotency?: IdempotencyClaim;
}

export interface CommandResult<E> {
  /**
   * A global position at which the command's events are visible: that of the last event of the
   * append that carried them (commands on one stream may share an append), or of the stream's last
   * event when nothing was written ("0" when the stream is empty and nothing was written).
   */
  position: Position;
  /** Revision of the command's last event, or the stream's revision when nothing was written. */
  revision: number;
  events: E[];
}

export interface ExecutorSettings {
  retries: number;
  projectionWaitMs: number;
}

type AnyDecider = Decider<CommandEnvelope, DomainEvent, unknown>;

interface Queued {
  decider: AnyDecider;
  command: CommandEnvelope;
  context: CausationContext;
  /** The trace context the command arrived in (the API's root context when tracing is off). */
  trace: Context;
  resolve(result: CommandResult<DomainEvent>): void;
  reject(error: unknown): void;
}

type Decision = { ok: true; queued: Queued; events: DomainEvent[] } | { ok: false; queued: Queued; error: unknown };

/**
 * Runs commands against streams: fold the state, decide, append with the expected revision.
 * Commands for one stream queue up in this process; those that arrive while an append is in flight
 * are decided one after another on the evolving state and written in one append (so a busy list
 * costs one fsync per group, not one conflict per command). A conflict with another process
 * re-decides the group on fresh state `retries` times, then answers CONCURRENCY_CONFLICT.
 */
export class CommandExecutor {
  /** One cache per decider: a stream's folded state only means something to the decider that folded it. */
  private readonly caches = new WeakMap<AnyDecider, StreamStateCache>();
  private readonly queues = new Map<string, Queued[]>();

  constructor(
    private readonly store: EventStore,
    private readonly projections: ProjectionRunner,
    private readonly settings: ExecutorSettings,
    private readonly upcasters: UpcasterRegistry,
    private readonly observer?: CommandObserver,
  ) {}

  /** Decides, appends and waits for the views; timed and traced as one command (see CommandObserver). */
  async execute<C extends CommandEnvelope, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C,
    context: CausationContext,
  ): Promise<CommandResult<E>> {
    const kind = commandKindOf(command);
    const started = performance.now();
    const attributes = { 'nihil_obstat.command': kind, 'nihil_obstat.stream': streamId, [CORRELATION_ATTRIBUTE]: context.correlationId };
    try {
      const result = await inSpan(`command ${kind}`, attributes, () => this.executeAndWait(streamId, decider, command, context));
      this.observer?.commandSettled(kind, 'accepted', (performance.now() - started) / 1000);
      return result as CommandResult<E>;
    } catch (error) {
      this.observer?.commandSettled(kind, outcomeOf(error), (performance.now() - started) / 1000);
      throw error;
    }
  }

  private async executeAndWait(
    streamId: string,
    decider: AnyDecider,
    command: CommandEnvelope,
    context: CausationContext,
  ): Promise<CommandResult<DomainEvent>> {
    const recorded = context.idempotency?.recorded;
    const result = recorded
      ? await this.resultOf(recorded)
      : await new Promise<CommandResult<DomainEvent>>((resolve, reject) =>
          this.enqueue(streamId, { decider, command, context, trace: activeContext(), resolve, reject }),
        );
    if (result.revision >= 0) {
      await inSpan('projections wait', { 'nihil_obstat.position': result.position }, () =>
        this.projections.waitFor(result.position, this.settings.projectionWaitMs),
      );
    }
    return result;
  }

  /** The result of a command written before (its key was recorded with its events), read back from the log: nothing is decided. */
  private async resultOf({ streamId, position, firstRevision, lastRevision }: RecordedResult): Promise<CommandResult<DomainEvent>> {
    const stored = await this.store.readStream(streamId, { fromRevision: firstRevision, maxCount: lastRevision - firstRevision + 1 });
    return { position, revision: lastRevision, events: stored.map((event) => toDomainEvent(event, this.upcasters)) };
  }

  /** The current folded state of a stream, for a decision that needs facts from another stream. */
  async read<S>(streamId: string, decider: Decider<never, DomainEvent, S>): Promise<S> {
    return (await this.load(streamId, decider)).state as S;
  }

  private enqueue(streamId: string, queued: Queued): void {
    const queue = this.queues.get(streamId);
    if (queue) return void queue.push(queued);
    this.queues.set(streamId, [queued]);
    void this.drain(streamId);
  }

  private async drain(streamId: string): Promise<void> {
    const queue = this.queues.get(streamId)!;
    while (queue.length > 0) {
      const decider = queue[0].decider;
      const group = queue.filter((q) => q.decider === decider);
      queue.splice(0, queue.length, ...queue.filter((q) => q.decider !== decider));
      await this.runGroup(streamId, decider, group).catch((error: unknown) => this.splitOrReject(streamId, decider, group, error));
    }
    this.queues.delete(streamId);
  }

  /** A group too large for one append is written command by command: only each command's events must be atomic. */
  private async splitOrReject(streamId: string, decider: AnyDecider, group: Queued[], error: unknown): Promise<void> {
    if (!(error instanceof AppendTooLargeError) || group.length < 2) return group.forEach((q) => q.reject(error));
    for (const queued of group) await this.runGroup(streamId, decider, [queued]).catch((e: unknown) => queued.reject(e));
  }

  private async runGroup(streamId: string, decider: AnyDecider, queued: Queued[]): Promise<void> {
    let group = queued;
    for (let attempt = 0; attempt <= this.settings.retries && group.length > 0; attempt += 1) {
      const current = await this.load(streamId, decider);
      const decisions = decideInTurn(decider, current.state, group);
      const decided = decisions.flatMap((d) => (d.ok ? d.events.map((e, i) => toNewEvent(e, d.queued, i === 0)) : []));
      if (decided.length === 0) return settle(decisions, current);
      const events = withCommandEventIds(streamId, decided, current.revision);
      const expected = current.revision < 0 ? 'no-stream' : current.revision;
      const keyed = decisions.map((d) => ({ claim: d.queued.context.idempotency, eventCount: d.ok ? d.events.length : 0 }));
      const idempotency = keyWritesOf(streamId, keyed, current.revision);
      try {
        const options = idempotency.length > 0 ? { idempotency } : undefined;
        const written = await this.tracedAppend(group, { 'nihil_obstat.stream': streamId, 'nihil_obstat.events': events.length }, () =>
          this.store.append(streamId, events, expected, options),
        );
        const state = decisions.reduce((s, d) => (d.ok ? d.events.reduce((folded, e) => decider.evolve(folded, e), s) : s), current.state);
        const next = { state, revision: written.nextExpectedRevision, position: written.position };
        this.cacheOf(decider).set(streamId, next);
        return settle(decisions, current, next);
      } catch (error) {
        if (error instanceof IdempotencyKeyTaken) group = withoutKey(group, error.scope);
        else if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
    const error = conflict(streamId, this.settings.retries + 1);
    group.forEach((q) => q.reject(error));
  }

  /** The append's span sits under the first command it carries, and links to the others. */
  private tracedAppend<T>(group: Queued[], attributes: Record<string, string | number>, append: () => Promise<T>): Promise<T> {
    const [first, ...others] = group;
    const correlation = { [CORRELATION_ATTRIBUTE]: first.context.correlationId };
    return inSpan('event-store append', { ...attributes, ...correlation }, append, first.trace, linksTo(others.map((q) => q.trace)));
  }

  /** The cached fold plus whatever the stream gained since, from this process or another. */
  private async load(streamId: string, decider: AnyDecider): Promise<StreamState<unknown>> {
    const cache = this.cacheOf(decider);
    const cached = cache.get<unknown>(streamId) ?? { state: decider.initialState(), revision: -1, position: undefined };
    const newer = await this.store.readStream(streamId, { fromRevision: cached.revision + 1 });
    if (newer.length === 0) return cached;
    const state = newer
      .map((stored) => toDomainEvent(stored, this.upcasters))
      .reduce((folded, e) => decider.evolve(folded, e), cached.state);
    const last = newer[newer.length - 1];
    const loaded = { state, revision: last.revision, position: last.position };
    cache.set(streamId, loaded);
    return loaded;
  }

  private cacheOf(decider: AnyDecider): StreamStateCache {
    let cache = this.caches.get(decider);
    if (!cache) this.caches.set(decider, (cache = new StreamStateCache(1000)));
    return cache;
  }
}

/** The group without the command whose key another process recorded first (that command is refused). */
function withoutKey(group: Queued[], scope: string): Queued[] {
  const holder = group.find((q) => q.context.idempotency?.scope === scope);
  holder?.reject(keyTakenMeanwhile());
  return group.filter((q) => q !== holder);
}

/** Each command sees the state left by the commands before it in the group. */
function decideInTurn(decider: AnyDecider, initial: unknown, group: Queued[]): Decision[] {
  let state = initial;
  return group.map((queued) => {
    try {
      const events = decider.decide(queued.command, state);
      state = events.reduce((folded, e) => decider.evolve(folded, e), state);
      return { ok: true as const, queued, events };
    } catch (error) {
      return { ok: false as const, queued, error };
    }
  });
}

function settle(decisions: Decision[], before: StreamState<unknown>, after?: StreamState<unknown>): void {
  let revision = before.revision;
  for (const decision of decisions) {
    if (!decision.ok) {
      decision.queued.reject(decision.error);
      continue;
    }
    revision += decision.events.length;
    const position = after && revision > before.revision ? after.position : before.position;
    decision.queued.resolve({ position: position ?? toPosition(0), revision, events: decision.events });
  }
}

/** A stored event as the deciders know it: at its current schema version (see the upcaster registry). */
export function toDomainEvent<E extends DomainEvent>(stored: StoredEvent, upcasters: UpcasterRegistry): E {
  const event = upcasters.upcastStored(stored);
  return { type: event.type, schemaVersion: event.metadata.schemaVersion, data: event.data } as E;
}

/**
 * An event as appended. The first event of each command's events also carries `metadata.command`:
 * the command as decided (derived facts the handler added included), without `actor` and `now`
 * (already there as `actor` and `occurredAt`), its Dates as ISO strings, so that an audit can re-run
 * the decision (src/audit/decision-replay.ts).
 */
function toNewEvent(event: DomainEvent, { command, context }: Queued, first: boolean): NewEvent {
  const { actor, now, ...decided } = command as CommandEnvelope & Record<string, unknown>;
  return {
    type: event.type,
    data: event.data,
    metadata: {
      correlationId: context.correlationId,
      causationId: context.causationId,
      actor,
      occurredAt: now.toISOString(),
      schemaVersion: event.schemaVersion,
      ...(first ? { command: plain(decided) } : {}),
    },
  };
}

/** JSON-ready copy: Dates as ISO strings, undefined fields dropped. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, plain(v)]),
  );
}

function conflict(streamId: string, attempts: number): DomainError {
  return new DomainError(
    'CONCURRENCY_CONFLICT',
    `The record changed while this request was being processed (${attempts} attempts on ${streamId}); please retry.`,
    { streamId, attempts },
  );
}
