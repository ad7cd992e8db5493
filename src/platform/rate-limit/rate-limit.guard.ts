import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { normalizeIP } from '@fastify/rate-limit';
import { Authentication, Authenticator } from '../auth/authenticator';
import { PUBLIC_KEY } from '../auth/roles';
import { APP_CONFIG, AppConfig } from '../config';
import { ApiError } from '../http/api-error';
import { Budget, RateLimiter } from './rate-limiter';

const SKIP_KEY = 'skip-rate-limit';

/** A route that no budget limits (health checks). */
export const SkipRateLimit = () => SetMetadata(SKIP_KEY, true);

/**
 * Runs before authentication's guard, so that every request is counted, refused ones included: a
 * request with a valid token spends its caller's budget (sub, role and State: RATE_LIMIT_RPM), any
 * other its client address's (RATE_LIMIT_PUBLIC_RPM; the address as TRUST_PROXY lets Fastify read it,
 * an IPv6 address counted with its /64). Over budget: 429 RATE_LIMITED with Retry-After.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(SKIP_KEY, targets)) return true;
    const http = context.switchToHttp();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const request = http.getRequest<FastifyRequest>();
    const budget = this.budgetOf(request, isPublic ? undefined : await this.authenticator.authenticate(request));
    if (budget.perMinute === 0) return true;
    const retryAfter = await this.limiter.spend(request, budget);
    if (retryAfter === undefined) return true;
    void http.getResponse<FastifyReply>().header('retry-after', String(retryAfter));
    throw new ApiError(
      'RATE_LIMITED',
      `Too many requests: ${budget.perMinute} a minute are allowed ${budget.whose}. Try again in ${retryAfter} seconds (Retry-After).`,
    );
  }

  /** `actor`: undefined on a public route. */
  private budgetOf(request: FastifyRequest, actor: Authentication | undefined): Budget {
    if (actor && !(actor instanceof ApiError)) {
      const key = `caller:${actor.role}:${actor.state ?? '-'}:${actor.subject}`;
      return { key, perMinute: this.config.rateLimit.callerPerMinute, whose: 'for each caller (RATE_LIMIT_RPM)' };
    }
    return {
      key: `address:${normalizeIP(request.ip)}`,
      perMinute: this.config.rateLimit.addressPerMinute,
      whose: 'from each address without a valid token (RATE_LIMIT_PUBLIC_RPM)',
    };
  }
}
