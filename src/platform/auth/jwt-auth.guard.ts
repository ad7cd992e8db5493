import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { FastifyRequest } from 'fastify';
import { Actor } from '../../event-store/event-store.port';
import { ApiError } from '../http/api-error';
import { PUBLIC_KEY, Role, ROLES_KEY } from './roles';
import { actorFromClaims, TokenClaims } from './token-claims';

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

/** Verifies the bearer token (HS256, `exp` honoured) and the route's roles; puts the actor on the request. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = await this.authenticate(request);
    request.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role as Role)) {
      throw new ApiError('FORBIDDEN', `The ${actor.role} role may not do this; it is for: ${roles.join(', ')}.`);
    }
    return true;
  }

  private async authenticate(request: FastifyRequest): Promise<Actor> {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new ApiError('UNAUTHENTICATED', 'Send a token in the header "Authorization: Bearer <JWT>".');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims & object>(token, { algorithms: ['HS256'] });
    } catch (error) {
      throw new ApiError('UNAUTHENTICATED', `The token was refused: ${(error as Error).message}.`);
    }
    const actor = actorFromClaims(claims);
    if (typeof actor === 'string') throw new ApiError('UNAUTHENTICATED', `The token was refused: ${actor}.`);
    return actor;
  }
}
