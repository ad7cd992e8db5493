import { Actor } from './events';
import { DomainError } from './domain-error';

/** Refuses the command unless the actor holds one of the roles; `doing` completes "may not …". */
export function requireRole(actor: Actor, role: Actor['role'] | Array<Actor['role']>, doing: string): void {
  const allowed = Array.isArray(role) ? role : [role];
  if (!allowed.includes(actor.role)) {
    throw new DomainError('FORBIDDEN', `The ${actor.role} role may not ${doing}.`);
  }
}
