import { Logger } from '@nestjs/common';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/** A token naming a key the engine has not seen makes it fetch the issuer's keys again, at most this often. */
const REFETCH_COOLDOWN_MS = 30_000;
/** Keys are fetched again after this long even when every token names a known one, so that a removed key stops working. */
const KEYS_MAX_AGE_MS = 10 * 60_000;
const FETCH_TIMEOUT_MS = 5_000;
/** After a failed discovery, requests are refused at once for this long instead of each asking the provider again. */
export const FAILED_DISCOVERY_RETRY_MS = 30_000;

/**
 * The issuer's signing keys, found through OpenID discovery (`<issuer>/.well-known/openid-configuration`,
 * `jwks_uri`) on first use and kept. jose's remote key set refetches them when a token names an unknown
 * `kid` (the provider rotated its keys), at most once per cooldown. A failed discovery is logged and kept
 * for FAILED_DISCOVERY_RETRY_MS, then forgotten: an engine started while its provider was down recovers by
 * itself, and a flood of requests meanwhile costs the provider one request per period, not one each.
 */
export class IssuerKeys {
  private readonly logger = new Logger('Auth');
  private keys?: Promise<JWTVerifyGetKey>;
  private failure?: { error: Error; until: number };

  constructor(
    private readonly issuer: string,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<JWTVerifyGetKey> {
    if (this.failure && this.now() < this.failure.until) return Promise.reject(this.failure.error);
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined;
      this.failure = { error: error as Error, until: this.now() + FAILED_DISCOVERY_RETRY_MS };
      this.logger.error(
        `OpenID discovery of ${this.issuer} failed (asked again in ${FAILED_DISCOVERY_RETRY_MS / 1000} s): ${(error as Error).message}`,
      );
      throw error;
    });
    return this.keys;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const address = `${this.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(address, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'error' });
    if (!response.ok) throw new Error(`the identity provider's discovery document (${address}) answered ${response.status}`);
    const document = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    if (document.issuer !== this.issuer) {
      throw new Error(`the discovery document names the issuer "${String(document.issuer)}", not AUTH_OIDC_ISSUER "${this.issuer}"`);
    }
    if (typeof document.jwks_uri !== 'string') throw new Error(`the discovery document (${address}) has no "jwks_uri"`);
    return createRemoteJWKSet(new URL(document.jwks_uri), {
      cooldownDuration: REFETCH_COOLDOWN_MS,
      cacheMaxAge: KEYS_MAX_AGE_MS,
      timeoutDuration: FETCH_TIMEOUT_MS,
    });
  }
}
