/** The time claims of a verified token (seconds since the epoch, as RFC 7519 has them). */
export interface TimeClaims {
  exp?: unknown;
  iat?: unknown;
}

/**
 * Why a token that passed its signature and `exp` checks still may not be used, or undefined.
 * Its lifetime counts from `iat`, or from now when it has none or `iat` lies in the future (so that
 * a future `iat` cannot stretch it).
 */
export function tokenLifetimeProblem(claims: TimeClaims, maxLifetimeMs: number, nowMs: number): string | undefined {
  const allowed = describeDuration(maxLifetimeMs);
  if (typeof claims.exp !== 'number') {
    return `it has no "exp" claim; tokens must expire, at most ${allowed} after they are issued`;
  }
  const issuedMs = typeof claims.iat === 'number' ? Math.min(claims.iat * 1000, nowMs) : nowMs;
  const lifetimeMs = claims.exp * 1000 - issuedMs;
  if (lifetimeMs <= maxLifetimeMs) return undefined;
  const from = typeof claims.iat === 'number' ? '"iat"' : 'now (it has no "iat")';
  return `it lives ${describeDuration(lifetimeMs)} from ${from} to "exp", longer than the ${allowed} the engine accepts (AUTH_MAX_TOKEN_LIFETIME_MS); ask for a shorter-lived token`;
}

function describeDuration(ms: number): string {
  const hours = ms / 3_600_000;
  if (Number.isInteger(hours)) return `${hours} hour${hours === 1 ? '' : 's'}`;
  const minutes = Math.ceil(ms / 60_000);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
