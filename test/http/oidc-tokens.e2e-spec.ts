import { jest } from '@jest/globals';
import { importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import { bearer } from '../support/tokens';
import { signInOverHttp } from '../support/oidc-code-flow';
import { ENGINE_AUDIENCE, startTestProvider, TestProvider } from '../support/oidc-provider';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Contract 1.1, "Console and sign-in": with AUTH_OIDC_ISSUER the engine verifies the tokens of a real
 * OpenID provider (oidc-provider on loopback) against its published keys, and refuses the others.
 */

const CALLBACK = 'http://127.0.0.1:9/auth/callback';

describe('HTTP: tokens of the OpenID provider (AUTH_OIDC_ISSUER)', () => {
  let provider: TestProvider;
  let t: TestApp;
  beforeAll(async () => {
    provider = await startTestProvider({ redirectUris: [CALLBACK] });
    t = await startTestApp({ env: { AUTH_OIDC_ISSUER: provider.issuer, AUTH_OIDC_AUDIENCE: ENGINE_AUDIENCE } });
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  const me = (token: string) => t.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
  const signedIn = async (login: string) => (await signInOverHttp(provider.issuer, login, CALLBACK)).access_token;
  const refusal = async (token: string) => {
    const response = await me(token);
    expect(response.json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
    return response.json().message as string;
  };
  /** A token signed by the test, with the provider's current private key unless another is given. */
  const signed = async (claims: JWTPayload, options: { key?: JWK; alg?: string; secret?: Uint8Array; exp?: number } = {}) => {
    const key = options.key ?? provider.signingKey();
    const alg = options.alg ?? 'RS256';
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iss: provider.issuer, aud: ENGINE_AUDIENCE, sub: 'pga-office', role: 'pga', ...claims })
      .setProtectedHeader({ alg, kid: key.kid })
      .setIssuedAt(now - 60)
      .setExpirationTime(options.exp ?? now + 600)
      .sign(options.secret ?? (await importJWK(key, alg)));
  };

  it.each([
    ['pga-office', { sub: 'pga-office', role: 'pga' }],
    ['diplomat-fra', { sub: 'diplomat-fra', role: 'member-state', state: 'FRA', stateName: 'France' }],
    ['auditor-1', { sub: 'auditor-1', role: 'auditor' }],
  ])('accepts the access token %s gets by signing in (code flow with PKCE), with its role and State', async (login, answer) => {
    const response = await me(await signedIn(login));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(answer);
  });

  it('refuses a token whose role claim names no known role, or whose State is not in the reference list, naming the claim', async () => {
    expect(await refusal(await signedIn('janitor-1'))).toMatch(/"role" claim names no known role/);
    expect(await refusal(await signedIn('diplomat-atl'))).toMatch(/"state" claim "ATL" is not a UN Member State/);
  });

  it('refuses tokens expired, for another audience, from another issuer, or signed with a symmetric algorithm', async () => {
    expect(await refusal(await signed({}, { exp: Math.floor(Date.now() / 1000) - 5 }))).toMatch(/expired/);
    expect(await refusal(await signed({ aud: 'api://another-application' }))).toMatch(/"aud" claim/);
    expect(await refusal(await signed({ iss: 'http://127.0.0.1:1/another-issuer' }))).toMatch(/"iss" claim/);
    const secret = new TextEncoder().encode('a shared secret that anyone who verifies would know');
    expect(await refusal(await signed({}, { alg: 'HS256', secret }))).toMatch(/signed with HS256; .* public-key algorithm/);
    expect(await refusal(await signed({ nbf: Math.floor(Date.now() / 1000) + 300 }))).toMatch(/not valid yet/);
  });

  it("still accepts the engine's HS256 development tokens in test (decided by the token's algorithm and issuer)", async () => {
    const response = await t.inject({ method: 'GET', url: '/v1/me', headers: bearer('pga', undefined, 'dev-pga') });
    expect(response.json()).toEqual({ sub: 'dev-pga', role: 'pga' });
  });

  it('picks up rotated keys without a restart, refetching them at most once per 30 s, and refuses the rotated-out key', async () => {
    const before = await signedIn('pga-office');
    expect((await me(before)).statusCode).toBe(200);
    const oldKey = provider.signingKey();
    await provider.rotateKeys();
    const after = await signedIn('auditor-1');
    // Within the cooldown the keys are not fetched again: a flood of unknown kids cannot make the engine hammer the provider.
    expect(await refusal(after)).toMatch(/not among the issuer's keys/);
    jest.useFakeTimers({
      now: Date.now() + 31_000,
      advanceTimers: true,
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'],
    });
    try {
      expect((await me(after)).json()).toEqual({ sub: 'auditor-1', role: 'auditor' });
      expect(await refusal(await signed({ sub: 'someone-new' }, { key: oldKey }))).toMatch(/not among the issuer's keys/);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('HTTP: in production with AUTH_OIDC_ISSUER', () => {
  it('starts without AUTH_JWT_SECRET, accepts the issuer tokens and refuses HS256 ones', async () => {
    const provider = await startTestProvider({ redirectUris: [CALLBACK] });
    const env = { NODE_ENV: 'production', AUTH_OIDC_ISSUER: provider.issuer, AUTH_OIDC_AUDIENCE: ENGINE_AUDIENCE, AUTH_JWT_SECRET: '' };
    const t = await startTestApp({ env });
    try {
      const token = (await signInOverHttp(provider.issuer, 'pga-office', CALLBACK)).access_token;
      const ok = await t.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
      expect(ok.json()).toEqual({ sub: 'pga-office', role: 'pga' });
      const hs256 = await t.inject({ method: 'GET', url: '/v1/me', headers: bearer('pga', undefined, 'dev-pga') });
      expect(hs256.json()).toMatchObject({
        statusCode: 401,
        message: expect.stringMatching(/HS256 tokens are accepted only in development and test/),
      });
    } finally {
      await t.close();
      await provider.close();
    }
  });
});
