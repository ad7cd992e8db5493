import {
  CancelledError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { ConcurrencyError } from '../concurrency.error';
import { ExpectedRevision, Position } from '../event-store.port';
import { AppendTooLargeError, InvalidPositionError } from '../store-errors';

/** gRPC's INVALID_ARGUMENT, typed as the client's status codes (@grpc/grpc-js is only the client's dependency). */
const GRPC_INVALID_ARGUMENT: NonNullable<UnknownError['code']> = 3;

/** The request never reached a leader that could act on it: nothing was written, a retry is safe. */
export function isNotAttempted(error: unknown): boolean {
  return error instanceof NotLeaderError || error instanceof UnavailableError;
}

/**
 * The answer was lost: an append may or may not have been stored. A retry is safe only because the
 * events keep their ids, so that the server recognizes a repeat of an append it already stored.
 */
export function isOutcomeUnknown(error: unknown): boolean {
  return error instanceof DeadlineExceededError || error instanceof CancelledError;
}

export function isTransient(error: unknown): boolean {
  return isNotAttempted(error) || isOutcomeUnknown(error);
}

/** The server answers a read from a position that is no record boundary with INVALID_ARGUMENT, which the client does not type. */
export function isInvalidPosition(error: unknown): boolean {
  return error instanceof UnknownError && error.code === GRPC_INVALID_ARGUMENT && /invalid position/i.test(error.message);
}

export function mapReadError(error: unknown, from: Position | undefined): unknown {
  return from !== undefined && isInvalidPosition(error) ? new InvalidPositionError(from) : error;
}

export function mapAppendError(error: unknown, streamId: string, expected: ExpectedRevision, bytes = 0): unknown {
  if (error instanceof MaxAppendSizeExceededError) return new AppendTooLargeError(streamId, bytes, error.maxAppendSize);
  if (!(error instanceof WrongExpectedVersionError)) return error;
  const actual = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : 'no-stream';
  return new ConcurrencyError(streamId, expected, actual);
}
