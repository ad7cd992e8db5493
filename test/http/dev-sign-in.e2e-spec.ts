import { startTestApp, TestApp } from '../support/test-app';

/**
 * Contract 1.2: `GET /v1/auth/config` says `devSignIn: true` exactly where `POST /v1/dev/tokens` exists
 * (NODE_ENV development or test), so that no client probes that route; and the development token takes
 * an optional `sub`, so that two PGA officers can be signed in at once.
 */

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
const PRODUCTION = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-production-secret-of-at-least-32-bytes!!' };

describe('HTTP: devSignIn in GET /v1/auth/config', () => {
  it.each(['test', 'development'])('is true with NODE_ENV=%s, where POST /v1/dev/tokens makes tokens', async (nodeEnv) => {
    const t = await startTestApp({ env: { NODE_ENV: nodeEnv } });
    try {
      expect((await t.inject({ method: 'GET', url: '/v1/auth/config' })).json()).toEqual({ devSignIn: true });
      expect((await t.inject({ method: 'POST', url: '/v1/dev/tokens', payload: { role: 'pga' } })).statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });

  it('is absent with NODE_ENV=production, where POST /v1/dev/tokens is 404, also beside an OpenID provider', async () => {
    const oidc = { AUTH_OIDC_ISSUER: 'https://login.example.org/realms/un', AUTH_OIDC_AUDIENCE: 'nihil-obstat' };
    for (const env of [PRODUCTION, { ...PRODUCTION, ...oidc, AUTH_JWT_SECRET: '' }]) {
      const t = await startTestApp({ env });
      try {
        expect((await t.inject({ method: 'GET', url: '/v1/auth/config' })).json()).not.toHaveProperty('devSignIn');
        expect((await t.inject({ method: 'POST', url: '/v1/dev/tokens', payload: { role: 'pga' } })).statusCode).toBe(404);
      } finally {
        await t.close();
      }
    }
  });

  it('sits beside the OpenID provider in development', async () => {
    const env = { AUTH_OIDC_ISSUER: 'https://login.example.org/realms/un', AUTH_OIDC_AUDIENCE: 'nihil-obstat' };
    const t = await startTestApp({ env });
    try {
      expect((await t.inject({ method: 'GET', url: '/v1/auth/config' })).json()).toEqual({
        issuer: env.AUTH_OIDC_ISSUER,
        scopes: 'openid profile',
        devSignIn: true,
      });
    } finally {
      await t.close();
    }
  });
});

describe('HTTP: POST /v1/dev/tokens with a sub', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const make = (payload: unknown) => t.inject({ method: 'POST', url: '/v1/dev/tokens', payload });
  const me = (token: string) => t.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });

  it('signs two PGA officers in under their own subjects', async () => {
    const first = (await make({ role: 'pga', sub: 'pga-officer-1' })).json().token;
    const second = (await make({ role: 'pga', sub: 'pga.officer_2' })).json().token;
    expect(claimsOf(first)).toMatchObject({ sub: 'pga-officer-1', role: 'pga' });
    expect((await me(second)).json()).toEqual({ sub: 'pga.officer_2', role: 'pga' });
  });

  it("keeps today's subject without one", async () => {
    expect(claimsOf((await make({ role: 'pga' })).json().token).sub).toBe('dev-pga');
    expect(claimsOf((await make({ role: 'member-state', state: 'FRA' })).json().token).sub).toBe('dev-member-state-fra');
  });

  it.each([
    ['empty', ''],
    ['with a space', 'pga officer'],
    ['with markup', '<script>'],
    ['longer than 64 characters', 'a'.repeat(65)],
    ['not a string', 42],
  ])('refuses a sub %s with 400 VALIDATION_FAILED naming the field', async (_name, sub) => {
    const response = await make({ role: 'pga', sub });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'sub' })] });
  });
});
