import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { from, Observable, of, switchMap, tap } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/jwt-auth.guard';
import { Clock } from '../../kernel/clock';
import { ApiError } from '../http/api-error';
import { IdempotencyStore, StoredAnswer } from './idempotency.store';
import { withoutSecrets } from './without-secrets';

/** Where @HttpCode keeps a route's status (HTTP_CODE_METADATA in @nestjs/common). */
const HTTP_CODE = '__httpCode__';
const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * `Idempotency-Key` on a POST: a repeat with the same key and body returns the first answer and
 * stores nothing new; the same key with another body (or route) answers 422. Only successful
 * answers are kept: a refused command stored nothing, so repeating it is harmless. A secret in an answer
 * is not kept: a repeat answers without it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: IdempotencyStore,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof header !== 'string' || !request.actor) return next.handle();
    if (!KEY.test(header)) throw new ApiError('VALIDATION_FAILED', 'Idempotency-Key must be 1 to 200 visible ASCII characters.');
    const scope = `${request.actor.role}|${request.actor.subject}|${request.actor.state ?? ''}|${header}`;
    const fingerprint = fingerprintOf(request);
    const status = (Reflect.getMetadata(HTTP_CODE, context.getHandler()) as number | undefined) ?? 201;
    return from(this.settled(scope)).pipe(
      switchMap(() => {
        const stored = this.store.get(scope);
        if (stored) return of(replay(stored, fingerprint, header));
        return this.track(
          scope,
          next.handle().pipe(tap((body) => this.store.put(scope, { fingerprint, status, body: withoutSecrets(body) }, this.clock.now()))),
        );
      }),
    );
  }

  /** A second request with a key still in flight waits for the first to finish. */
  private async settled(scope: string): Promise<void> {
    await this.inFlight.get(scope)?.catch(() => undefined);
  }

  private track(scope: string, answer: Observable<unknown>): Observable<unknown> {
    let done!: () => void;
    const finished = new Promise<void>((resolve) => (done = resolve));
    this.inFlight.set(scope, finished);
    return new Observable((subscriber) =>
      answer.subscribe({
        next: (value) => subscriber.next(value),
        error: (error: unknown) => (this.release(scope, finished, done), subscriber.error(error)),
        complete: () => (this.release(scope, finished, done), subscriber.complete()),
      }),
    );
  }

  private release(scope: string, finished: Promise<unknown>, done: () => void): void {
    if (this.inFlight.get(scope) === finished) this.inFlight.delete(scope);
    done();
  }
}

function replay(stored: StoredAnswer, fingerprint: string, key: string): unknown {
  if (stored.fingerprint !== fingerprint) {
    throw new ApiError('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key "${key}" was already used with another request body or route.`);
  }
  return stored.body;
}

function fingerprintOf(request: AuthenticatedRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${canonicalJson(request.body)}`)
    .digest('hex');
}

/** JSON with object keys sorted, so that key order does not make two bodies differ. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
