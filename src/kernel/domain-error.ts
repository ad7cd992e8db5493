/** Error codes of the HTTP contract that a domain rule can raise. */
export type DomainErrorCode =
  | 'VALIDATION_FAILED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'CONCURRENCY_CONFLICT'
  | 'INVALID_STATE'
  | 'NON_OBJECTION_PERIOD_CLOSED'
  | 'DEADLINE_NOT_REACHED'
  | 'ARRANGEMENTS_INCOMPLETE';

/** A command refused by a rule. Pure: no HTTP here; the edge maps the code to a status. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Refuses a command: every decider's one way to throw a DomainError. */
export function fail(code: DomainErrorCode, message: string, details?: unknown): never {
  throw new DomainError(code, message, details);
}
