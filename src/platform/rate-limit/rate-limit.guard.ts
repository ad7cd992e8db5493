import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Authentication, Authenticator } from '../auth/authenticator';
import { PUBLIC_KEY } from '../auth/roles';
import { APP_CONFIG, AppConfig } from '../config';
import { ApiError } from '../http/api-error';
import { RATE_LIMIT_STORAGE, RateLimitStorage, RateWindow } from './rate-window';

const ONE_MINUTE_MS = 60_000;
const SKIP_KEY = 'skip-rate-limit';

/** A route that no budget limits (health checks). */
export const SkipRateLimit = () => SetMetadata(SKIP_KEY, true);

interface Budget {
  key: string;
  perMinute: number;
  whose: string;
}

/**
 * Runs before authentication's guard, so that every request is counted, refused ones included: a
 * request with a valid token spends its caller's budget (sub, role and State: RATE_LIMIT_RPM), any
 * other its client address's (RATE_LIMIT_PUBLIC_RPM). Over budget: 429 RATE_LIMITED with Retry-After.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    @Inject(RATE_LIMIT_STORAGE) private readonly storage: RateLimitStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(SKIP_KEY, targets)) return true;
    const http = context.switchToHttp();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const request = http.getRequest<FastifyRequest>();
    const authentication = isPublic ? undefined : this.authenticator.authenticate(request);
    if (authentication instanceof Promise) return authentication.then((actor) => this.spend(this.budgetOf(request, actor), http));
    return this.spend(this.budgetOf(request, authentication), http);
  }

  private spend(budget: Budget, http: ReturnType<ExecutionContext['switchToHttp']>): boolean | Promise<boolean> {
    if (budget.perMinute === 0) return true;
    // The memory storage answers at once; only Redis is awaited (each await is a hop of every request).
    const window = this.storage.hit(budget.key, ONE_MINUTE_MS);
    return window instanceof Promise ? window.then((w) => this.allow(w, budget, http)) : this.allow(window, budget, http);
  }

  private allow(window: RateWindow, budget: Budget, http: ReturnType<ExecutionContext['switchToHttp']>): boolean {
    if (window.hits <= budget.perMinute) return true;
    const seconds = Math.max(1, Math.ceil(window.remainingMs / 1000));
    void http.getResponse<FastifyReply>().header('retry-after', String(seconds));
    throw new ApiError(
      'RATE_LIMITED',
      `Too many requests: ${budget.perMinute} a minute are allowed ${budget.whose}. Try again in ${seconds} seconds (Retry-After).`,
    );
  }

  /** `actor`: undefined on a public route. */
  private budgetOf(request: FastifyRequest, actor: Authentication | undefined): Budget {
    if (actor && !(actor instanceof ApiError)) {
      const key = `caller:${actor.role}:${actor.state ?? '-'}:${actor.subject}`;
      return { key, perMinute: this.config.rateLimit.callerPerMinute, whose: 'for each caller (RATE_LIMIT_RPM)' };
    }
    return {
      key: `address:${request.ip}`,
      perMinute: this.config.rateLimit.addressPerMinute,
      whose: 'from each address without a valid token (RATE_LIMIT_PUBLIC_RPM)',
    };
  }
}
