import { generateKeyPair, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { FAILED_DISCOVERY_RETRY_MS, IssuerKeys } from '../../src/platform/auth/issuer-keys';
import { loadConfig } from '../../src/platform/config';
import { captureNestLogs } from '../support/captured-logs';
import { startTestApp } from '../support/test-app';

/** An identity provider that is down: every request answers 500, and is counted. */
async function brokenProvider(): Promise<{ issuer: string; requests: () => number; close(): Promise<void> }> {
  let requests = 0;
  const server: Server = createServer((_request, response) => {
    requests += 1;
    response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/un`;
  return { issuer, requests: () => requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the OpenID issuer: https in production, a failed discovery neither repeated per request nor shown', () => {
  it.each(['production', 'staging'])('refuses to start with NODE_ENV=%s and an http:// issuer not on the loopback', (nodeEnv) => {
    const env = { NODE_ENV: nodeEnv, AUTH_OIDC_AUDIENCE: 'nihil-obstat' };
    expect(() => loadConfig({ ...env, AUTH_OIDC_ISSUER: 'http://login.example.org/realms/un' })).toThrow(
      /AUTH_OIDC_ISSUER must be an https:\/\/ address with NODE_ENV=/,
    );
    expect(loadConfig({ ...env, AUTH_OIDC_ISSUER: 'https://login.example.org/realms/un' }).auth.issuer).toBeDefined();
    expect(loadConfig({ ...env, AUTH_OIDC_ISSUER: 'http://127.0.0.1:8443/realms/un' }).auth.issuer).toBeDefined();
    expect(loadConfig({ ...env, NODE_ENV: 'test', AUTH_OIDC_ISSUER: 'http://login.example.org' }).auth.issuer).toBeDefined();
  });

  it('asks a failing provider once per period however many requests come, and again after it', async () => {
    const provider = await brokenProvider();
    let now = 1_000_000;
    const keys = new IssuerKeys(provider.issuer, () => now);
    try {
      for (let i = 0; i < 5; i += 1) await expect(keys.get()).rejects.toThrow(/answered 500/);
      expect(provider.requests()).toBe(1);
      now += FAILED_DISCOVERY_RETRY_MS;
      await expect(keys.get()).rejects.toThrow(/answered 500/);
      expect(provider.requests()).toBe(2);
    } finally {
      await provider.close();
    }
  });

  it("answers 401 without the provider's discovery address, which stays in the log", async () => {
    const provider = await brokenProvider();
    const logs = captureNestLogs();
    const t = await startTestApp({ env: { AUTH_OIDC_ISSUER: provider.issuer, AUTH_OIDC_AUDIENCE: 'nihil-obstat' }, logger: logs.logger });
    try {
      const { privateKey } = await generateKeyPair('RS256');
      const token = await new SignJWT({ role: 'pga' })
        .setProtectedHeader({ alg: 'RS256' })
        .setIssuer(provider.issuer)
        .setAudience('nihil-obstat')
        .setSubject('pga-office')
        .setExpirationTime('1h')
        .sign(privateKey);
      for (let i = 0; i < 3; i += 1) {
        const response = await t.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${token}` } });
        expect(response.statusCode).toBe(401);
        expect(response.json().message).toBe('The token was refused: the identity provider could not be asked for its keys.');
        expect(response.body).not.toMatch(/127\.0\.0\.1|well-known|realms/);
      }
      expect(provider.requests()).toBe(1);
      const logged = logs.entries.filter((entry) => entry.context === 'Auth').map((entry) => entry.message);
      expect(logged).toEqual([expect.stringContaining(`${provider.issuer}/.well-known/openid-configuration`)]);
    } finally {
      logs.restore();
      await t.close();
      await provider.close();
    }
  });
});
