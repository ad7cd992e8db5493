import { Actor } from '../../event-store/event-store.port';
import { isMemberState, isObserver } from '../../kernel/reference/reference-data';
import { Role, ROLES } from './roles';

export interface TokenClaims {
  sub?: unknown;
  role?: unknown;
  state?: unknown;
}

const STATE_CODE = /^[A-Z]{3}$/;

/** The actor a verified token speaks for, or a sentence saying why the claims are unusable. */
export function actorFromClaims(claims: TokenClaims): Actor | string {
  if (typeof claims.sub !== 'string' || claims.sub === '') return 'the token has no "sub" claim';
  if (!ROLES.includes(claims.role as Role)) return `the token's "role" must be one of ${ROLES.join(', ')}`;
  const role = claims.role as Role;
  if (role === 'member-state' || role === 'observer') {
    if (typeof claims.state !== 'string' || !STATE_CODE.test(claims.state)) {
      return `a ${role} token needs a "state" claim with a three-letter code`;
    }
    if (role === 'member-state' && !isMemberState(claims.state)) return `"${claims.state}" is not a UN Member State`;
    if (role === 'observer' && !isObserver(claims.state)) return `"${claims.state}" is not an observer (VAT, PSE or EUU)`;
    return { role, subject: claims.sub, state: claims.state };
  }
  return { role, subject: claims.sub };
}
