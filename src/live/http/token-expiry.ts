/**
 * When the bearer token of a request ends (its `exp`, which the engine requires of every token): a stream
 * outliving its token would go on telling an expired session what changed. The guard has verified the token;
 * this only reads its payload. Undefined when there is none to read.
 */
export function tokenExpiryMs(authorization: string | undefined): number | undefined {
  const payload = authorization?.replace(/^Bearer\s+/i, '').split('.')[1];
  if (!payload) return undefined;
  try {
    const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
