import { DomainError } from '../../shared/domain/domain-error';
import { CommandEnvelope, Decider, DomainEvent } from '../../shared/domain/decider';
import { ConcurrencyError } from '../concurrency.error';
import { EventStore, NewEvent, Position, StoredEvent } from '../event-store.port';
import { toPosition } from '../position';
import { ProjectionRunner } from '../projections/projection-runner';
import { StreamStateCache } from './stream-state-cache';

/** Where a command came from, carried into every event it causes. */
export interface CausationContext {
  correlationId: string;
  causationId: string;
}

export interface CommandResult<E> {
  /**
   * Global position of the last event written, or of the stream's last event when nothing was
   * written ("0" when the stream is empty and nothing was written).
   */
  position: Position;
  revision: number;
  events: E[];
}

export interface ExecutorSettings {
  retries: number;
  projectionWaitMs: number;
}

/**
 * Runs one command against one stream: load and fold the state, decide, append with the expected
 * revision. A concurrency conflict is retried on fresh state `retries` times, then reported.
 */
export class CommandExecutor {
  private readonly cache = new StreamStateCache(1000);

  constructor(
    private readonly store: EventStore,
    private readonly projections: ProjectionRunner,
    private readonly settings: ExecutorSettings,
  ) {}

  async execute<C extends CommandEnvelope, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C,
    context: CausationContext,
  ): Promise<CommandResult<E>> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = await this.attempt(streamId, decider, command, context);
        if (result.revision >= 0) await this.projections.waitFor(result.position, this.settings.projectionWaitMs);
        return result;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        if (attempt >= this.settings.retries) throw conflict(error, attempt + 1);
      }
    }
  }

  private async attempt<C extends CommandEnvelope, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C,
    context: CausationContext,
  ): Promise<CommandResult<E>> {
    const current = await this.load(streamId, decider);
    const events = decider.decide(command, current.state);
    if (events.length === 0) return { position: current.position ?? toPosition(0), revision: current.revision, events };
    const expected = current.revision < 0 ? 'no-stream' : current.revision;
    const written = await this.store.append(streamId, events.map((e) => toNewEvent(e, command, context)), expected);
    const state = events.reduce(decider.evolve, current.state);
    this.cache.set(streamId, { state, revision: written.nextExpectedRevision, position: written.position });
    return { position: written.position, revision: written.nextExpectedRevision, events };
  }

  /** The cached fold plus whatever the stream gained since, from this process or another. */
  private async load<S, E extends DomainEvent>(streamId: string, decider: Decider<never, E, S>) {
    const cached = this.cache.get<S>(streamId) ?? { state: decider.initialState(), revision: -1, position: undefined };
    const newer = await this.store.readStream(streamId, { fromRevision: cached.revision + 1 });
    if (newer.length === 0) return cached;
    const state = newer.map((e) => toDomainEvent<E>(e)).reduce(decider.evolve, cached.state);
    const last = newer[newer.length - 1];
    const loaded = { state, revision: last.revision, position: last.position };
    this.cache.set(streamId, loaded);
    return loaded;
  }
}

export function toDomainEvent<E extends DomainEvent>(stored: StoredEvent): E {
  return { type: stored.type, schemaVersion: stored.metadata.schemaVersion, data: stored.data } as E;
}

function toNewEvent(event: DomainEvent, command: CommandEnvelope, context: CausationContext): NewEvent {
  return {
    type: event.type,
    data: event.data,
    metadata: {
      correlationId: context.correlationId,
      causationId: context.causationId,
      actor: command.actor,
      occurredAt: command.now.toISOString(),
      schemaVersion: event.schemaVersion,
    },
  };
}

function conflict(error: ConcurrencyError, attempts: number): DomainError {
  return new DomainError(
    'CONCURRENCY_CONFLICT',
    `The record changed while this request was being processed (${attempts} attempts on ${error.streamId}); please retry.`,
    { streamId: error.streamId, attempts },
  );
}
