import { EngineProcess } from './engine-process';

/**
 * Clients of several engine processes, as a client behind a load balancer without stickiness would
 * be: a command goes to one process and, after a network error or a 5xx, again to the next one with
 * the same Idempotency-Key and body, until some process gives a definitive answer (2xx, or a 4xx
 * other than 409 CONCURRENCY_CONFLICT and 429).
 */
const ATTEMPTS = 30;
const REQUEST_TIMEOUT_MS = 20_000;
const RETRY_PAUSE_MS = 50;

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  /** Index of the process that gave the answer. */
  by: number;
}

export interface Request {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

export class Cluster {
  /** Requests that failed (network error, timeout, 5xx, 429, 409 CONCURRENCY_CONFLICT) and were sent again. */
  retries = 0;

  constructor(readonly engines: readonly EngineProcess[]) {}

  /** Sends `request` to process `first`, then to the next ones in turn, until one answers for good. */
  async send(request: Request, first: number, avoid?: number): Promise<Answer> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const by = this.pick(first + attempt, avoid);
      const answer = await this.once(request, by);
      if (answer && !transient(answer)) return answer;
      this.retries += 1;
      await pause(RETRY_PAUSE_MS * Math.min(attempt + 1, 10));
    }
    throw new Error(`${request.method} ${request.path}: no process answered in ${ATTEMPTS} attempts`);
  }

  /** Process `n` (mod count), or the one after it when that is the process to avoid. */
  private pick(n: number, avoid: number | undefined): number {
    const index = n % this.engines.length;
    return index === avoid ? (index + 1) % this.engines.length : index;
  }

  private async once({ method, path, headers, body }: Request, by: number): Promise<Answer | undefined> {
    try {
      const response = await this.engines[by].fetch(path, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, by };
    } catch {
      return undefined; // refused, reset by a killed process, or timed out: the caller tries another
    }
  }
}

/**
 * Worth sending again, with the same key: no process answered, a 5xx (such as 503 PROJECTION_TIMEOUT,
 * the write kept), 429, or 409 CONCURRENCY_CONFLICT (a refused command keeps no key).
 */
function transient(answer: Answer | undefined): boolean {
  if (!answer) return true;
  return answer.status >= 500 || answer.status === 429 || answer.body.code === 'CONCURRENCY_CONFLICT';
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `task(i)` for i in 0..count-1, all at once, as `count` independent clients. */
export async function clients(count: number, task: (client: number) => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: count }, (_, client) => task(client)));
}

/** Polls `check` until it holds, at most `withinMs`; a generous bound, never a measure. */
export async function eventually(what: string, withinMs: number, check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    if (await check()) return;
    await pause(250);
  }
  throw new Error(`${what}: not so within ${withinMs} ms`);
}
