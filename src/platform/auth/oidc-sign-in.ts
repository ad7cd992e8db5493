import { ConfigError, Env, nonEmpty } from '../env-values';

/** What the console needs to send a person to the organization's OpenID provider (contract 1.1, GET /v1/auth/config). */
export interface OidcSignIn {
  issuer?: string;
  clientId?: string;
  scopes: string;
}

const DEFAULT_SCOPES = 'openid profile';

/**
 * AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_SCOPES, for the console's sign-in (how the engine
 * verifies the issuer's tokens: issuer-settings.ts).
 */
export function oidcSignIn(env: Env): OidcSignIn {
  const issuer = nonEmpty(env.AUTH_OIDC_ISSUER)?.trim();
  if (issuer !== undefined && !isWebAddress(issuer)) {
    throw new ConfigError(`AUTH_OIDC_ISSUER must be an https:// (or http://) address, got "${issuer}".`);
  }
  return {
    issuer,
    clientId: nonEmpty(env.AUTH_OIDC_CLIENT_ID)?.trim(),
    scopes: nonEmpty(env.AUTH_OIDC_SCOPES)?.trim().replace(/\s+/g, ' ') ?? DEFAULT_SCOPES,
  };
}

function isWebAddress(text: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
