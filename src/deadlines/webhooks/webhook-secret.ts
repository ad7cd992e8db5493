import { createHash, randomBytes } from 'node:crypto';

/** Standard Webhooks secrets: `whsec_` and 32 random bytes in base64 (the specification asks for 24 to 64). */
export function newWebhookSecret(): { secret: string; fingerprint: string } {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  return { secret, fingerprint: fingerprintOf(secret) };
}

/** Names a secret in the log without revealing it: 128 bits of its SHA-256. */
export function fingerprintOf(secret: string): string {
  return `sha256:${createHash('sha256').update(secret).digest('hex').slice(0, 32)}`;
}
