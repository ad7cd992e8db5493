import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CausationContext } from '../../event-store/commands/command-executor';
import { Actor } from '../../event-store/event-store.port';
import { correlationIdOf } from '../http/correlation';
import { claimOf } from '../http/idempotency-claim';
import { AuthenticatedRequest } from './jwt-auth.guard';

/** Who is asking and under which correlation id; each request is the cause of the events it makes. */
export interface RequestContext extends CausationContext {
  actor: Actor;
}

export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.actor) throw new Error('Ctx used on a route without authentication');
  const idempotency = claimOf(request);
  return {
    actor: request.actor,
    correlationId: correlationIdOf(request.raw),
    causationId: randomUUID(),
    ...(idempotency ? { idempotency } : {}),
  };
});
