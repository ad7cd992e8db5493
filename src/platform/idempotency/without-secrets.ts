/** Standard Webhooks signing secrets, the only secrets the engine ever answers. */
const SECRET = /^whsec_/;

/**
 * An answer as it may be kept for a repeat: without any field that holds a secret (shown once only, never
 * stored beside the answers). Nested objects and arrays are searched too.
 */
export function withoutSecrets(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(withoutSecrets);
  if (!body || typeof body !== 'object') return body;
  const kept = Object.entries(body).filter(([, value]) => !(typeof value === 'string' && SECRET.test(value)));
  return Object.fromEntries(kept.map(([key, value]) => [key, withoutSecrets(value)]));
}
