import { actorFromClaims } from '../../src/platform/auth/token-claims';

/** Contract 1.1: the role and the State come from the claims AUTH_ROLE_CLAIM and AUTH_STATE_CLAIM name. */
describe('the actor a token speaks for', () => {
  const entra = { role: 'roles', state: 'extn.state' };

  it('takes the first known role of an array, and the State from the named claim', () => {
    expect(actorFromClaims({ sub: 'u1', roles: ['Reader', 'member-state', 'pga'], 'extn.state': 'FRA' }, entra)).toEqual({
      role: 'member-state',
      subject: 'u1',
      state: 'FRA',
    });
  });

  it('follows a dotted name into nested claims when no claim has that name (Keycloak realm roles)', () => {
    const keycloak = { role: 'realm_access.roles', state: 'state' };
    expect(actorFromClaims({ sub: 'u2', realm_access: { roles: ['offline_access', 'auditor'] } }, keycloak)).toEqual({
      role: 'auditor',
      subject: 'u2',
    });
  });

  it('names the claim that is wrong', () => {
    expect(actorFromClaims({ sub: 'u3', roles: ['Reader'] }, entra)).toBe(
      'the token\'s "roles" claim names no known role (pga, member-state, observer, auditor)',
    );
    expect(actorFromClaims({ sub: 'u4', roles: 'member-state' }, entra)).toBe(
      'a member-state token needs a "extn.state" claim with a three-letter code',
    );
    expect(actorFromClaims({ sub: 'u5', roles: 'member-state', 'extn.state': 'ATL' }, entra)).toBe(
      'the token\'s "extn.state" claim "ATL" is not a UN Member State',
    );
  });
});
