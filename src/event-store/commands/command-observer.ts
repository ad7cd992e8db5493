import { DomainError } from '../../kernel/domain-error';
import { ProjectionTimeoutError } from '../projections/projection-runner';

/**
 * How a command ended: `accepted` (decided, written when it caused events, and visible), `rejected`
 * (a domain rule refused it), `conflict` (its stream or its key kept moving), `timeout` (written, but
 * the views did not show it within PROJECTION_WAIT_MS) or `error` (anything else, e.g. the store).
 */
export type CommandOutcome = 'accepted' | 'rejected' | 'conflict' | 'timeout' | 'error';

/** Told of every command the executor settles (the metrics implement it; the event store knows no platform). */
export interface CommandObserver {
  commandSettled(command: string, outcome: CommandOutcome, seconds: number): void;
}

export function outcomeOf(error: unknown): CommandOutcome {
  if (error instanceof ProjectionTimeoutError) return 'timeout';
  if (!(error instanceof DomainError)) return 'error';
  return error.code === 'CONCURRENCY_CONFLICT' ? 'conflict' : 'rejected';
}

/** The command's `kind` (every decider's commands carry one), a bounded set of names. */
export function commandKindOf(command: object): string {
  const kind = (command as { kind?: unknown }).kind;
  return typeof kind === 'string' ? kind : 'unknown';
}
