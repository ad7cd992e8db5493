import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Actor } from '../../event-store/event-store.port';
import { ApiError } from '../http/api-error';
import { Authentication, Authenticator } from './authenticator';
import { PUBLIC_KEY, Role, ROLES_KEY } from './roles';

export type AuthenticatedRequest = FastifyRequest & { actor?: Actor };

/** Refuses a request without a valid bearer token (see Authenticator), checks the route's roles, and puts the actor on the request. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly authenticator: Authenticator,
    private readonly reflector: Reflector,
  ) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const authentication = this.authenticator.authenticate(request);
    // Only an issuer's token seen for the first time is awaited (each await is a hop of every request).
    if (authentication instanceof Promise) return authentication.then((actor) => this.admit(request, actor, targets));
    return this.admit(request, authentication, targets);
  }

  private admit(request: AuthenticatedRequest, actor: Authentication, targets: Parameters<Reflector['getAllAndOverride']>[1]): boolean {
    if (actor instanceof ApiError) throw actor;
    request.actor = actor;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role as Role)) {
      throw new ApiError('FORBIDDEN', `The ${actor.role} role may not do this; it is for: ${roles.join(', ')}.`);
    }
    return true;
  }
}
