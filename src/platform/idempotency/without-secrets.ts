const SECRET = /^whsec_/;

/** The answer as kept for a repeat: every string that is a secret (`whsec_...`) dropped, with its field. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isSecret(item)).map(withoutSecrets);
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return withoutSecrets((value as { toJSON(): unknown }).toJSON());
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => !isSecret(member))
      .map(([key, member]) => [key, withoutSecrets(member)]),
  );
}

function isSecret(value: unknown): boolean {
  return typeof value === 'string' && SECRET.test(value);
}
