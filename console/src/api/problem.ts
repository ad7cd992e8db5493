/** The contract's error body: `{ statusCode, code, message, details }`. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  details?: unknown;
}

/** One field's problems, as VALIDATION_FAILED lists them in `details`. */
export interface FieldProblem {
  field: string;
  row?: number;
  problems: string[];
}

/**
 * An answer of the engine that is an error, typed: the screens show `message` next to what caused it
 * (a field, a button), and `fieldProblems` on the fields themselves.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiProblem';
    this.status = body.statusCode;
    this.code = body.code;
    this.details = body.details;
  }

  /** Whatever came back, as an ApiProblem (a body that is not the contract's becomes a generic one). */
  static from(status: number, body: unknown): ApiProblem {
    if (isErrorBody(body)) return new ApiProblem(body);
    return new ApiProblem({ statusCode: status, code: status === 0 ? 'NETWORK' : 'UNEXPECTED', message: '' });
  }

  /** VALIDATION_FAILED's `details`, by field path (`policy.reminders`). */
  get fieldProblems(): Record<string, string[]> {
    if (!Array.isArray(this.details)) return {};
    const byField: Record<string, string[]> = {};
    for (const item of this.details as unknown[]) {
      if (!isFieldProblem(item)) continue;
      (byField[item.field] ??= []).push(...item.problems);
    }
    return byField;
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.statusCode === 'number' && typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

function isFieldProblem(item: unknown): item is FieldProblem {
  if (typeof item !== 'object' || item === null) return false;
  const candidate = item as Record<string, unknown>;
  return typeof candidate.field === 'string' && Array.isArray(candidate.problems);
}
