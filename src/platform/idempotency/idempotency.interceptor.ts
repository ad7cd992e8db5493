import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { from, lastValueFrom, Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/jwt-auth.guard';
import { KeyTakenMeanwhileError } from '../../event-store/commands/command-keys';
import { IDEMPOTENCY_KEYS, IdempotencyKeys, KeyRecord, RecordedResult } from '../../event-store/idempotency/idempotency-keys';
import { Clock } from '../../kernel/clock';
import { DomainError } from '../../kernel/domain-error';
import { APP_CONFIG, AppConfig } from '../config';
import { ApiError } from '../http/api-error';
import { KeyedTurns } from './keyed-turns';
import { setClaim } from '../http/idempotency-claim';
import { withoutSecrets } from './without-secrets';
import { isUploadedFile } from '../http/upload-body';

const KEY = /^[\x21-\x7e]{1,200}$/;
/** Expired keys are also swept now and then, not only when one is used again. */
const SWEEP_EVERY_MS = 60_000;
/** How often a request waits to see the answer of another process's request with the same key. */
const SETTLED_POLL_MS = 25;

interface KeyedRequest {
  request: AuthenticatedRequest;
  scope: string;
  fingerprint: string;
  key: string;
}

/**
 * `Idempotency-Key` on a POST: a repeat with the same key and body returns the first answer and
 * stores nothing new; the same key with another body (or route) answers 422. The key goes with the
 * command: it is recorded with the command's events, so that a repeat after a failure that followed
 * the write (a projection timeout, a lost connection) answers from what was written, without
 * deciding again. A refused command stored nothing and keeps no key: repeating it is harmless.
 * Requests with one key run one after another; keys expire after IDEMPOTENCY_TTL_MS.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly turns = new KeyedTurns();
  private readonly ttlMs: number;
  private readonly waitMs: number;
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    @Inject(IDEMPOTENCY_KEYS) private readonly keys: IdempotencyKeys,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.ttlMs = config.idempotencyTtlMs;
    this.waitMs = config.projectionWaitMs;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof header !== 'string' || !request.actor) return next.handle();
    if (!KEY.test(header)) throw new ApiError('VALIDATION_FAILED', 'Idempotency-Key must be 1 to 200 visible ASCII characters.');
    const scope = `${request.actor.role}|${request.actor.subject}|${request.actor.state ?? ''}|${header}`;
    const keyed = { request, scope, fingerprint: fingerprintOf(request), key: header };
    return from(this.turns.run(scope, () => this.answer(keyed, next)));
  }

  private async answer(keyed: KeyedRequest, next: CallHandler): Promise<unknown> {
    let record = await this.liveRecord(keyed.scope);
    if (record?.pending) record = (await this.firstRequestSettled(keyed.scope)) ?? record;
    if (record?.answer) return this.sameRequest(keyed, record).answer!.body;
    try {
      return await this.run(keyed, record && this.sameRequest(keyed, record).result, next);
    } catch (error) {
      // Refused because another engine process ran the same key meanwhile (the key was taken, or its write
      // made this decision fail, such as "already exists"): answer what that request answers.
      if (!(error instanceof DomainError)) throw error;
      const first =
        error instanceof KeyTakenMeanwhileError ? await this.firstRequestSettled(keyed.scope) : await this.keys.find(keyed.scope);
      if (!first?.answer && !first?.result) throw error;
      if (first.answer) return this.sameRequest(keyed, first).answer!.body;
      return this.run(keyed, this.sameRequest(keyed, first).result, next);
    }
  }

  /** Runs the command (or, with `recorded`, rebuilds its answer from the events it wrote) and keeps the answer. */
  private async run({ request, scope, fingerprint }: KeyedRequest, recorded: RecordedResult | undefined, next: CallHandler) {
    setClaim(request, { scope, fingerprint, recorded });
    const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
    await this.keys.recordAnswer(scope, fingerprint, withoutSecrets(body), this.clock.now());
    return body;
  }

  private sameRequest({ fingerprint, key }: KeyedRequest, record: KeyRecord): KeyRecord {
    if (record.fingerprint === fingerprint) return record;
    throw new ApiError('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key "${key}" was already used with another request body or route.`);
  }

  /** The key's record once the request that holds it has written (or answered), within PROJECTION_WAIT_MS. */
  private async firstRequestSettled(scope: string): Promise<KeyRecord | undefined> {
    const until = Date.now() + this.waitMs;
    for (;;) {
      const record = await this.keys.find(scope);
      if (!record || record.result || record.answer || Date.now() >= until) return record;
      await new Promise((resolve) => setTimeout(resolve, SETTLED_POLL_MS));
    }
  }

  /** The key's record unless it expired; expired keys are removed (all of them, by age). */
  private async liveRecord(scope: string): Promise<KeyRecord | undefined> {
    const now = this.clock.now().getTime();
    const cutoff = new Date(now - this.ttlMs);
    const record = await this.keys.find(scope);
    const expired = record !== undefined && record.recordedAt < cutoff;
    if (expired || now - this.lastSweep >= SWEEP_EVERY_MS) {
      this.lastSweep = now;
      await this.keys.forgetRecordedBefore(cutoff);
    }
    return expired ? undefined : record;
  }
}

function fingerprintOf(request: AuthenticatedRequest): string {
  const hash = createHash('sha256').update(`${request.method} ${request.url}\n`);
  const { body } = request;
  // A file is hashed as its bytes: walking a Buffer as JSON would visit every byte as a key.
  if (isUploadedFile(body)) return hash.update(`${body.mediaType}\n`).update(body.bytes).digest('hex');
  return hash.update(canonicalJson(body)).digest('hex');
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
