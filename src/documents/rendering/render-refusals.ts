import { ApiError } from '../../platform/http/api-error';

/** The answers of a render refused before or while it waits, each saying what the person can do. */

export function tooManyRows(rows: number, limit: number): ApiError {
  return new ApiError(
    'INVALID_STATE',
    `This document would print ${rows} table rows, more than the ${limit} a PDF may hold (DOCUMENTS_MAX_ROWS); ` +
      'download it as CSV or XLSX instead (?format=csv or ?format=xlsx on the list export or the speakers export).',
    { rows, limit },
  );
}

/** 429 with the seconds after which one of the caller's renders has ended at the latest (normally much sooner). */
export class RenderShareExceeded extends ApiError {
  constructor(
    perCaller: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      'RATE_LIMITED',
      `You already have ${perCaller} ${perCaller === 1 ? 'document' : 'documents'} being prepared; wait for ${perCaller === 1 ? 'it' : 'them'} ` +
        `before asking for another (DOCUMENTS_RENDERS_PER_CALLER). Try again in ${retryAfterSeconds} seconds at the latest (Retry-After).`,
    );
  }
}

export function everySlotBusy(waitedMs: number): ApiError {
  return new ApiError('RENDERER_UNAVAILABLE', `Every PDF renderer was busy for ${waitedMs} ms; try again shortly.`);
}

export function renderTimedOut(timeoutMs: number): ApiError {
  return new ApiError(
    'RENDERER_UNAVAILABLE',
    `The PDF took longer than DOCUMENTS_RENDER_TIMEOUT_MS (${timeoutMs} ms) to render; try again, or raise the limit.`,
  );
}
