import { DomainErrorCode } from '../../kernel/domain-error';

export type ApiErrorCode =
  | DomainErrorCode
  | 'UNAUTHENTICATED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'RATE_LIMITED'
  | 'PROJECTION_TIMEOUT'
  | 'STORE_UNAVAILABLE'
  | 'RENDERER_UNAVAILABLE'
  | 'INTERNAL_ERROR'
  | EdgeErrorCode;

/** Refusals of the HTTP edge itself, before any route's work (contract 1.1 "More error codes", and REST's statuses). */
export type EdgeErrorCode =
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'METHOD_NOT_ALLOWED'
  | 'NOT_ACCEPTABLE'
  | 'REQUEST_TIMEOUT'
  | 'URI_TOO_LONG'
  | 'HEADERS_TOO_LARGE';

/** The contract's error body. */
export interface ApiErrorBody {
  statusCode: number;
  code: ApiErrorCode;
  message: string;
  details?: unknown;
}

export const STATUS_OF: Record<ApiErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  CONCURRENCY_CONFLICT: 409,
  INVALID_STATE: 409,
  NON_OBJECTION_PERIOD_CLOSED: 409,
  DEADLINE_NOT_REACHED: 409,
  ARRANGEMENTS_INCOMPLETE: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  REQUEST_TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  HEADERS_TOO_LARGE: 431,
  INTERNAL_ERROR: 500,
  PROJECTION_TIMEOUT: 503,
  STORE_UNAVAILABLE: 503,
  RENDERER_UNAVAILABLE: 503,
};

/** An error raised at the edge (authentication, validation, reads), outside any domain rule. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { statusCode: STATUS_OF[this.code], code: this.code, message: this.message };
    if (this.details !== undefined) body.details = this.details;
    return body;
  }
}
