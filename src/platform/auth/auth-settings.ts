import { ConfigError, Env, integer, nonEmpty } from '../env-values';
import { IssuerSettings, issuerSettings } from './issuer-settings';

export const DEVELOPMENT_JWT_SECRET = 'nihil-obstat-development-secret-not-for-production';

/** Environments where the built-in development secret (public, in the repository) may sign tokens. */
export const TRUSTING_ENVIRONMENTS = ['development', 'test'];

const MIN_SECRET_BYTES = 32;
const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000;

export interface AuthSettings {
  /** HS256 secret of the bearer tokens. */
  secret: string;
  usingDevelopmentSecret: boolean;
  /** The longest a token may live, `exp` minus `iat` (or minus now when it has no `iat`). */
  maxTokenLifetimeMs: number;
  /** Whether HS256 tokens signed with `secret` are accepted: always without an issuer, with one only in development and test. */
  acceptsSecretTokens: boolean;
  /** The OpenID provider whose tokens are verified against its published keys (AUTH_OIDC_ISSUER). */
  issuer?: IssuerSettings;
}

/**
 * How bearer tokens are verified. Outside development and test the engine needs a way to verify them
 * that nobody else knows: an OpenID issuer (AUTH_OIDC_ISSUER, whose tokens are then the only ones
 * accepted) or an AUTH_JWT_SECRET of at least 32 bytes (contract 1.1).
 */
export function authSettings(env: Env, nodeEnv: string): AuthSettings {
  const maxTokenLifetimeMs = integer(env, 'AUTH_MAX_TOKEN_LIFETIME_MS', TWELVE_HOURS_MS);
  const secret = nonEmpty(env.AUTH_JWT_SECRET);
  const issuer = issuerSettings(env);
  const trusting = TRUSTING_ENVIRONMENTS.includes(nodeEnv);
  if (!trusting && !issuer) requireProductionSecret(secret, nodeEnv);
  if (!trusting && issuer) requireHttpsIssuer(issuer.issuer, nodeEnv);
  const common = { maxTokenLifetimeMs, acceptsSecretTokens: trusting || !issuer, ...(issuer ? { issuer } : {}) };
  if (secret) return { secret, usingDevelopmentSecret: false, ...common };
  return { secret: DEVELOPMENT_JWT_SECRET, usingDevelopmentSecret: true, ...common };
}

/** The keys that verify every token come from the issuer: over http, anyone on the way could swap them. Loopback aside. */
function requireHttpsIssuer(issuer: string, nodeEnv: string): void {
  const { protocol, hostname } = new URL(issuer);
  if (protocol === 'https:' || ['localhost', '127.0.0.1', '[::1]'].includes(hostname)) return;
  throw new ConfigError(
    `AUTH_OIDC_ISSUER must be an https:// address with NODE_ENV=${nodeEnv} (anything but development or test; http only on this machine's loopback), got "${issuer}".`,
  );
}

function requireProductionSecret(secret: string | undefined, nodeEnv: string): void {
  const where = `NODE_ENV=${nodeEnv} (anything but development or test)`;
  if (secret === undefined) {
    throw new ConfigError(
      `AUTH_JWT_SECRET must be set with ${where}; the engine will not start without it. Make one with: openssl rand -hex 32, or set AUTH_OIDC_ISSUER to verify the tokens of your identity provider instead.`,
    );
  }
  if (secret === DEVELOPMENT_JWT_SECRET) {
    throw new ConfigError(`AUTH_JWT_SECRET is the development secret published with the engine; set a secret of your own with ${where}.`);
  }
  const bytes = Buffer.byteLength(secret, 'utf8');
  if (bytes < MIN_SECRET_BYTES) {
    throw new ConfigError(
      `AUTH_JWT_SECRET must be at least ${MIN_SECRET_BYTES} bytes with ${where}, got ${bytes}. Make one with: openssl rand -hex 32`,
    );
  }
}
