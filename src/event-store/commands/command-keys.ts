import { DomainError } from '../../kernel/domain-error';
import { IdempotencyClaim, KeyWrite } from '../idempotency/idempotency-keys';

/** A command of an append: its key, if its request had one, and how many events it decided. */
export interface KeyedCommand {
  claim?: IdempotencyClaim;
  eventCount: number;
}

/** The keys to record with an append: one per keyed command that wrote events, with its revisions. */
export function keyWritesOf(streamId: string, commands: readonly KeyedCommand[], revisionBefore: number): KeyWrite[] {
  const writes: KeyWrite[] = [];
  let revision = revisionBefore;
  for (const { claim, eventCount } of commands) {
    const firstRevision = revision + 1;
    revision += eventCount;
    if (claim && eventCount > 0)
      writes.push({ scope: claim.scope, fingerprint: claim.fingerprint, streamId, firstRevision, lastRevision: revision });
  }
  return writes;
}

/** The command lost the race for its key to a request in another engine process: its retry answers that one's answer. */
export class KeyTakenMeanwhileError extends DomainError {
  constructor() {
    super(
      'CONCURRENCY_CONFLICT',
      'Another request with the same Idempotency-Key was being processed at the same time; retry to receive its answer.',
    );
  }
}

export function keyTakenMeanwhile(): DomainError {
  return new KeyTakenMeanwhileError();
}
