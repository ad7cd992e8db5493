import { Actor } from '../../event-store/event-store.port';
import { isMemberState, isObserver } from '../../kernel/reference/reference-data';
import { Role, ROLES } from './roles';

/** Which claims of a token carry the role and the State (AUTH_ROLE_CLAIM and AUTH_STATE_CLAIM for the issuer's tokens). */
export interface ClaimNames {
  role: string;
  state: string;
}

export const ENGINE_CLAIMS: ClaimNames = { role: 'role', state: 'state' };

const STATE_CODE = /^[A-Z]{3}$/;

/**
 * The claim called `name`: the top-level claim of that name, else the nested one its dots lead to
 * (`realm_access.roles`, as Keycloak has it without a mapper).
 */
export function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const key of name.split('.')) {
    if (typeof value !== 'object' || value === null || !(key in value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The role a claim names: a string, or the first known role of an array (a person may have roles of other applications). */
function roleIn(value: unknown): Role | undefined {
  const candidates = Array.isArray(value) ? value : [value];
  return candidates.find((candidate): candidate is Role => ROLES.includes(candidate as Role));
}

/** The actor a verified token speaks for, or a sentence naming the claim that makes it unusable. */
export function actorFromClaims(claims: Record<string, unknown>, names: ClaimNames = ENGINE_CLAIMS): Actor | string {
  if (typeof claims.sub !== 'string' || claims.sub === '') return 'the token has no "sub" claim';
  const role = roleIn(claimAt(claims, names.role));
  if (!role) return `the token's "${names.role}" claim names no known role (${ROLES.join(', ')})`;
  if (role !== 'member-state' && role !== 'observer') return { role, subject: claims.sub };
  const state = claimAt(claims, names.state);
  if (typeof state !== 'string' || !STATE_CODE.test(state)) {
    return `a ${role} token needs a "${names.state}" claim with a three-letter code`;
  }
  if (role === 'member-state' && !isMemberState(state)) return `the token's "${names.state}" claim "${state}" is not a UN Member State`;
  if (role === 'observer' && !isObserver(state))
    return `the token's "${names.state}" claim "${state}" is not an observer (VAT, PSE or EUU)`;
  return { role, subject: claims.sub, state };
}
