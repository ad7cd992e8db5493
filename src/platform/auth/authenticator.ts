import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { Actor } from '../../event-store/event-store.port';
import { APP_CONFIG, AppConfig } from '../config';
import { ApiError } from '../http/api-error';
import { IssuerTokenRefused, IssuerTokens } from './issuer-tokens';
import { actorFromClaims, ClaimNames, ENGINE_CLAIMS } from './token-claims';
import { tokenKind } from './token-kind';
import { TimeClaims, tokenLifetimeProblem } from './token-lifetime';
import { VerifiedTokens } from './verified-tokens';

/** The actor a request's token speaks for, or the 401 to answer. */
export type Authentication = Actor | ApiError;

/**
 * Verifies a request's bearer token, once per request: the rate limiter asks first (to know whose budget
 * a request spends), the guard after it. HS256 tokens (AUTH_JWT_SECRET) are checked synchronously; the
 * OpenID issuer's tokens (AUTH_OIDC_ISSUER) against its published keys, which may need a fetch, so their
 * first check answers a promise. Either way `exp` is required and the lifetime bounded, and a token
 * verified once is remembered until its `exp` (VerifiedTokens), so later requests answer at once.
 */
@Injectable()
export class Authenticator {
  private readonly results = new WeakMap<object, Authentication | Promise<Authentication>>();
  private readonly verified = new VerifiedTokens<Actor>();
  private readonly issuerTokens?: IssuerTokens;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    if (config.auth.issuer) this.issuerTokens = new IssuerTokens(config.auth.issuer);
  }

  authenticate(request: FastifyRequest): Authentication | Promise<Authentication> {
    let result = this.results.get(request);
    if (!result) {
      result = this.verify(request.headers.authorization);
      this.results.set(request, result);
    }
    return result;
  }

  private verify(header: string | undefined): Authentication | Promise<Authentication> {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) return new ApiError('UNAUTHENTICATED', 'Send a token in the header "Authorization: Bearer <JWT>".');
    const known = this.verified.get(token);
    if (known) return known;
    const kind = tokenKind(token, this.config.auth);
    if (typeof kind === 'object') return refused(kind.refused);
    return kind === 'secret' ? this.verifySecretToken(token) : this.verifyIssuerToken(token);
  }

  private verifySecretToken(token: string): Authentication {
    let claims: Record<string, unknown>;
    try {
      claims = this.jwt.verify<Record<string, unknown>>(token, { algorithms: ['HS256'] });
    } catch (error) {
      return refused((error as Error).message);
    }
    return this.accept(token, claims, ENGINE_CLAIMS);
  }

  private async verifyIssuerToken(token: string): Promise<Authentication> {
    const issuer = this.config.auth.issuer!;
    try {
      return this.accept(token, await this.issuerTokens!.verify(token), issuer.claims);
    } catch (error) {
      if (error instanceof IssuerTokenRefused) return refused(error.message);
      throw error;
    }
  }

  /** The checks both kinds of token share, after their signature: lifetime, then role and State. */
  private accept(token: string, claims: Record<string, unknown> & TimeClaims, names: ClaimNames): Authentication {
    const lifetime = tokenLifetimeProblem(claims, this.config.auth.maxTokenLifetimeMs, Date.now());
    if (lifetime) return refused(lifetime);
    const actor = actorFromClaims(claims, names);
    if (typeof actor === 'string') return refused(actor);
    this.verified.remember(token, actor, claims.exp as number);
    return actor;
  }
}

const refused = (why: string) => new ApiError('UNAUTHENTICATED', `The token was refused: ${why}.`);
