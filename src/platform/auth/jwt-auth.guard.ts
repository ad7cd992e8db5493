import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Actor } from '../../event-store/event-store.port';
import { ApiError } from '../http/api-error';
import { Authenticator } from './authenticator';
import { PUBLIC_KEY, Role, ROLES_KEY } from './roles';

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

/** Refuses a request without a valid bearer token (see Authenticator), checks the route's roles, and puts the actor on the request. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = this.authenticator.authenticate(request);
    if (actor instanceof ApiError) throw actor;
    request.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role as Role)) {
      throw new ApiError('FORBIDDEN', `The ${actor.role} role may not do this; it is for: ${roles.join(', ')}.`);
    }
    return true;
  }
}
