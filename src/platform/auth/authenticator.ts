import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { Actor } from '../../event-store/event-store.port';
import { APP_CONFIG, AppConfig } from '../config';
import { ApiError } from '../http/api-error';
import { actorFromClaims, TokenClaims } from './token-claims';
import { TimeClaims, tokenLifetimeProblem } from './token-lifetime';
import { VerifiedTokens } from './verified-tokens';

/**
 * Verifies a request's bearer token (HS256, `exp` required and honoured, lifetime bounded), once per
 * request: the rate limiter asks first (to know whose budget a request spends), the guard after it.
 * A token verified once is remembered until its `exp` (VerifiedTokens).
 */
@Injectable()
export class Authenticator {
  private readonly results = new WeakMap<object, Actor | ApiError>();
  private readonly verified = new VerifiedTokens<Actor>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The actor the token speaks for, or the 401 to answer (synchronous: HS256 needs no I/O, and every hop costs). */
  authenticate(request: FastifyRequest): Actor | ApiError {
    let result = this.results.get(request);
    if (!result) {
      result = this.verify(request.headers.authorization);
      this.results.set(request, result);
    }
    return result;
  }

  private verify(header: string | undefined): Actor | ApiError {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) return new ApiError('UNAUTHENTICATED', 'Send a token in the header "Authorization: Bearer <JWT>".');
    const known = this.verified.get(token);
    if (known) return known;
    let claims: TokenClaims & TimeClaims;
    try {
      claims = this.jwt.verify<TokenClaims & TimeClaims & object>(token, { algorithms: ['HS256'] });
    } catch (error) {
      return refused((error as Error).message);
    }
    const lifetime = tokenLifetimeProblem(claims, this.config.auth.maxTokenLifetimeMs, Date.now());
    if (lifetime) return refused(lifetime);
    const actor = actorFromClaims(claims);
    if (typeof actor === 'string') return refused(actor);
    this.verified.remember(token, actor, claims.exp as number);
    return actor;
  }
}

const refused = (why: string) => new ApiError('UNAUTHENTICATED', `The token was refused: ${why}.`);
