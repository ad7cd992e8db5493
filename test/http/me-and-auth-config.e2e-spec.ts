import { loadConfig } from '../../src/platform/config';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/** Contract 1.1, "Console and sign-in": GET /v1/me (any valid token) and GET /v1/auth/config (no token). */

describe('HTTP: GET /v1/me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const me = (headers: Record<string, string> = {}) => t.inject({ method: 'GET', url: '/v1/me', headers });

  it.each([
    [
      'a Member State',
      bearer('member-state', 'FRA', 'diplomat-1'),
      { sub: 'diplomat-1', role: 'member-state', state: 'FRA', stateName: 'France' },
    ],
    ['an observer', bearer('observer', 'VAT', 'observer-1'), { sub: 'observer-1', role: 'observer', state: 'VAT', stateName: 'Holy See' }],
    ['the PGA', bearer('pga', undefined, 'pga-office'), { sub: 'pga-office', role: 'pga' }],
    ['an auditor', bearer('auditor', undefined, 'auditor-1'), { sub: 'auditor-1', role: 'auditor' }],
  ])('says who the token of %s speaks for', async (_who, headers, answer) => {
    const response = await me(headers);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(answer);
  });

  it('is 401 UNAUTHENTICATED without a valid token', async () => {
    expect((await me()).json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    expect((await me({ authorization: 'Bearer not-a-token' })).json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
  });
});

describe('HTTP: GET /v1/auth/config', () => {
  it('names no provider, without a token, when no OpenID issuer is set (devSignIn: dev-sign-in.e2e-spec.ts)', async () => {
    const t = await startTestApp();
    try {
      const response = await t.inject({ method: 'GET', url: '/v1/auth/config' });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ devSignIn: true });
    } finally {
      await t.close();
    }
  });

  it('names the issuer, the client id and the scopes (default "openid profile") when set', async () => {
    const env = {
      AUTH_OIDC_ISSUER: 'https://login.example.org/realms/un',
      AUTH_OIDC_AUDIENCE: 'nihil-obstat',
      AUTH_OIDC_CLIENT_ID: 'nihil-obstat-console',
    };
    const t = await startTestApp({ env });
    try {
      expect((await t.inject({ method: 'GET', url: '/v1/auth/config' })).json()).toEqual({
        ...{ issuer: env.AUTH_OIDC_ISSUER },
        clientId: env.AUTH_OIDC_CLIENT_ID,
        scopes: 'openid profile',
        devSignIn: true,
      });
    } finally {
      await t.close();
    }
  });

  it('reads AUTH_OIDC_SCOPES, and refuses an issuer that is no web address, naming the variable', () => {
    expect(
      loadConfig({ AUTH_OIDC_ISSUER: 'https://id.example.org', AUTH_OIDC_AUDIENCE: 'api', AUTH_OIDC_SCOPES: ' openid  email ' }).oidc,
    ).toEqual({
      issuer: 'https://id.example.org',
      clientId: undefined,
      scopes: 'openid email',
    });
    expect(() => loadConfig({ AUTH_OIDC_ISSUER: 'login.example.org' })).toThrow(/AUTH_OIDC_ISSUER must be an https:\/\//);
  });

  it('outside development and test, needs an issuer (with its audience) or AUTH_JWT_SECRET', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/or set AUTH_OIDC_ISSUER/);
    expect(
      loadConfig({ NODE_ENV: 'production', AUTH_OIDC_ISSUER: 'https://id.example.org', AUTH_OIDC_AUDIENCE: 'api' }).auth.issuer,
    ).toBeDefined();
  });
});
