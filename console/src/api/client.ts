import createClient, { type Middleware } from 'openapi-fetch';
import { consistencyMiddleware, consoleConsistency } from './consistency';
import { ApiProblem } from './problem';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Api = ReturnType<typeof createClient<paths>>;

export interface ClientHooks {
  /** The bearer token of the session, if any. */
  token(): string | undefined;
  /** Called when the engine refuses the session's token (401): it expired or was revoked. */
  onUnauthenticated(problem: ApiProblem): void;
}

/** A random key for `Idempotency-Key`; crypto.randomUUID exists only in secure contexts (https, localhost). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The engine's API, typed from its OpenAPI document (schema.d.ts): every request carries the session's
 * bearer token, every POST an `Idempotency-Key` (the caller's, for a form that may be sent again, or a
 * fresh one), and a 401 to a signed-in session ends it. After a command, requests carry its position in
 * `x-consistent-at`, so that behind a proxy that spreads requests over several engine processes, the
 * console still reads its own writes.
 */
export function createApi(hooks: ClientHooks): Api {
  const client = createClient<paths>({ baseUrl: window.location.origin });
  const middleware: Middleware = {
    onRequest({ request }) {
      const token = hooks.token();
      if (token && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${token}`);
      if (request.method === 'POST' && !request.headers.has('idempotency-key')) request.headers.set('idempotency-key', newIdempotencyKey());
      return request;
    },
    async onResponse({ request, response }) {
      if (response.status === 401 && request.headers.has('authorization')) {
        const body: unknown = await response
          .clone()
          .json()
          .catch(() => undefined);
        hooks.onUnauthenticated(ApiProblem.from(401, body));
      }
      return response;
    },
  };
  client.use(middleware, consistencyMiddleware(consoleConsistency));
  return client;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's data, or an ApiProblem thrown with the contract's error (a network failure included). */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch {
    throw ApiProblem.from(0, undefined);
  }
  if (result.error !== undefined || !result.response.ok) throw ApiProblem.from(result.response.status, result.error);
  return result.data as T;
}
