import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/**
 * A real OpenID provider on loopback for the sign-in tests: oidc-provider (the certified Node
 * implementation, not a mock) with its own login page (devInteractions: any password), a public console
 * client (authorization code with PKCE, refresh tokens), and access tokens as JWTs for the engine's
 * audience (resource indicators) carrying each account's role and State. `rotateKeys` replaces its signing
 * keys while it keeps serving on the same address, as a provider does when it rotates them.
 */

export const CONSOLE_CLIENT_ID = 'nihil-obstat-console';
export const ENGINE_AUDIENCE = 'api://nihil-obstat';
/** The scope of the engine's API at this provider (what Entra calls api://<app>/access). */
export const ENGINE_SCOPE = 'api';

/** The test accounts (their login names) and the claims their tokens carry. */
export const TEST_ACCOUNTS: Record<string, Record<string, unknown>> = {
  'pga-office': { role: 'pga', name: 'Office of the PGA' },
  'diplomat-fra': { role: ['staff', 'member-state'], state: 'FRA', name: 'Mission of France' },
  'auditor-1': { role: 'auditor', name: 'An auditor' },
  'janitor-1': { role: 'janitor', name: 'Someone with no role of the engine' },
  'diplomat-atl': { role: 'member-state', state: 'ATL', name: 'A State not in the list' },
};

export interface TestProvider {
  issuer: string;
  /** The private key the provider signs with now (for tests that sign their own tokens). */
  signingKey: () => JWK;
  /** New signing keys; the old ones are no longer published. */
  rotateKeys: () => Promise<void>;
  /** Lets the console served at `base` sign in (`/auth/callback`) and out (back to `/sign-in`); the keys stay. */
  allowConsoleAt: (base: string) => void;
  close: () => Promise<void>;
}

export interface TestProviderOptions {
  /** The console's sign-in callback and post-logout addresses. */
  redirectUris?: string[];
  postLogoutRedirectUris?: string[];
  /** Lifetime of the engine's access tokens (default one hour). */
  accessTokenTtlSeconds?: number;
}

export async function startTestProvider(options: TestProviderOptions = {}): Promise<TestProvider> {
  let handler: RequestListener;
  let current: { key: JWK; provider: Provider };
  const server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let settings = options;
  const start = (key: JWK) => {
    const provider = quietly(() => new Provider(issuer, configuration(key, settings)));
    handler = provider.callback();
    current = { key, provider };
  };
  const rotateKeys = async () => start(await signingKeyPair());
  await rotateKeys();
  return {
    issuer,
    signingKey: () => current.key,
    rotateKeys,
    allowConsoleAt: (base) => {
      settings = { ...settings, redirectUris: [`${base}/auth/callback`], postLogoutRedirectUris: [`${base}/sign-in`] };
      start(current.key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** oidc-provider warns, rightly, that its in-memory store and development login page are for tests like these. */
function quietly<T>(make: () => T): T {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('oidc-provider WARNING')) warn(...args);
  };
  try {
    return make();
  } finally {
    console.warn = warn;
  }
}

function defaultLogoutPage(ctx: { body: string }, form: string): void {
  ctx.body = `<!DOCTYPE html><html lang="en"><head><title>Sign out</title></head><body><h1>Do you want to sign out?</h1>${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in</button></body></html>`;
}

async function signingKeyPair(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: `key-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`, alg: 'RS256', use: 'sig' };
}

function configuration(key: JWK, options: TestProviderOptions): Configuration {
  return {
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.redirectUris ?? ['http://127.0.0.1/auth/callback'],
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
      },
    ],
    jwks: { keys: [key] },
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: (_ctx: unknown, token: { resourceServer?: { accessTokenTTL?: number } }) => token.resourceServer?.accessTokenTTL ?? 3600,
      RefreshToken: 86_400,
      IdToken: 3600,
    },
    cookies: { keys: ['test-provider-cookie-key'] },
    scopes: ['openid', 'profile', 'offline_access', ENGINE_SCOPE],
    findAccount: (_ctx: unknown, id: string) =>
      TEST_ACCOUNTS[id] ? { accountId: id, claims: () => ({ sub: id, name: TEST_ACCOUNTS[id].name as string }) } : undefined,
    extraTokenClaims: (_ctx: unknown, token: { accountId?: string }) => {
      const account = token.accountId ? TEST_ACCOUNTS[token.accountId] : undefined;
      return account ? { role: account.role, ...(account.state ? { state: account.state } : {}) } : undefined;
    },
    clientBasedCORS: (_ctx: unknown, origin: string, client: { redirectUris: string[] }) =>
      client.redirectUris.some((uri) => new URL(uri).origin === origin),
    // Like Keycloak: a refresh token for every code flow (oidc-provider otherwise needs offline_access and prompt=consent).
    issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed: (grant: string) => boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    features: {
      devInteractions: { enabled: true },
      // Its built-in page, as its login page is: a real form with "Yes, sign me out".
      rpInitiatedLogout: { enabled: true, logoutSource: defaultLogoutPage },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => ENGINE_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: ENGINE_SCOPE,
          audience: ENGINE_AUDIENCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: options.accessTokenTtlSeconds ?? 3600,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
  };
}
