import { ConcurrencyError } from '../concurrency.error';
import { ExpectedRevision } from '../event-store.port';
import { IdempotencyKeyTaken } from '../idempotency/idempotency-keys';
import { StoreUnavailableError } from '../store-errors';
import { KEY_TAKEN, WRONG_REVISION } from './postgres-schema';

interface PgError {
  code?: string;
  detail?: string;
}

// Node's socket errors, and PostgreSQL's classes 08 (connection exception) and 57P (operator intervention: shutdown).
const UNREACHABLE = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|EPIPE|08...|57P0[1-3])$/;

/** The append function's refusals as the port's errors; a lost connection as StoreUnavailableError. */
export function mapAppendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  const { code, detail } = error as PgError;
  if (code === WRONG_REVISION) {
    const actual = Number(detail);
    return new ConcurrencyError(streamId, expected, actual < 0 ? 'no-stream' : actual);
  }
  if (code === KEY_TAKEN) return new IdempotencyKeyTaken(String(detail));
  // Once the statement was sent, a lost answer may hide a commit.
  return mapUnavailable(error, !isConnectError(error));
}

export function mapUnavailable(error: unknown, writeMayHaveLanded = false): unknown {
  if (!(error instanceof Error)) return error;
  const { code } = error as PgError;
  const lost =
    (code !== undefined && UNREACHABLE.test(code)) || /Connection terminated|timeout exceeded when trying to connect/.test(error.message);
  return lost ? new StoreUnavailableError(error, writeMayHaveLanded) : error;
}

function isConnectError(error: unknown): boolean {
  const { code } = error as PgError;
  return code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || /trying to connect/.test(String(error));
}
