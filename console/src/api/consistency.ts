import type { Middleware } from 'openapi-fetch';

export const CONSISTENT_AT = 'x-consistent-at';

/**
 * How long after its last command the console keeps asking for its writes. Any engine process catches up
 * within moments; after this, the header would only make a request wait in vain if the engine's log were
 * replaced (a fresh development store) and never reached the remembered position.
 */
export const REMEMBER_MS = 60_000;

const POSITION = /^(0|[1-9][0-9]*)$/;

function isFurther(candidate: string, known: string | undefined): boolean {
  if (known === undefined) return true;
  if (candidate.length !== known.length) return candidate.length > known.length;
  return candidate > known;
}

/**
 * The highest position the console's own commands were answered with, so that every following request
 * carries it in `x-consistent-at` and is answered, by whichever engine process the proxy picks, only once
 * that process's views include those writes (contract 1.1, "Consistency across processes").
 */
export class ConsistencyTracker {
  private position?: string;
  private recordedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = () => Date.now()) {}

  remember(position: unknown): void {
    if (typeof position !== 'string' || !POSITION.test(position)) return;
    if (isFurther(position, this.position)) this.position = position;
    this.recordedAt = this.now();
  }

  /** The position to send, or undefined when there is none or it is old enough to be reached everywhere. */
  current(): string | undefined {
    if (this.now() - this.recordedAt > REMEMBER_MS) this.position = undefined;
    return this.position;
  }

  forget(): void {
    this.position = undefined;
  }
}

/** The console's one tracker: the API client and the document downloads (plain fetch) share it. */
export const consoleConsistency = new ConsistencyTracker();

/** `x-consistent-at` for a request made outside the API client, or nothing. */
export function consistentAtHeader(tracker: ConsistencyTracker = consoleConsistency): Record<string, string> {
  const position = tracker.current();
  return position === undefined ? {} : { [CONSISTENT_AT]: position };
}

async function positionOf(response: Response): Promise<unknown> {
  if (!response.headers.get('content-type')?.includes('application/json')) return undefined;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  return body && typeof body === 'object' ? (body as { position?: unknown }).position : undefined;
}

async function isProjectionTimeout(response: Response): Promise<boolean> {
  if (response.status !== 503) return false;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  return (body as { code?: unknown } | undefined)?.code === 'PROJECTION_TIMEOUT';
}

/** Sends the remembered position with every request, and remembers the position of every command's answer. */
export function consistencyMiddleware(tracker: ConsistencyTracker): Middleware {
  return {
    onRequest({ request }) {
      const position = tracker.current();
      if (position !== undefined && !request.headers.has(CONSISTENT_AT)) request.headers.set(CONSISTENT_AT, position);
      return request;
    },
    async onResponse({ request, response }) {
      if (response.ok && request.method !== 'GET') tracker.remember(await positionOf(response));
      // The views never got there (another log, or a process stuck): stop asking, so later requests are not held.
      else if (request.headers.has(CONSISTENT_AT) && (await isProjectionTimeout(response))) tracker.forget();
      return response;
    },
  };
}
