const SECRET = /^whsec_/;

/** Personal data (contract 1.2): an import's dry run answers the file's rows, contact e-mails included. */
const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['contactEmail', 'email']);

/**
 * The answer as kept for a repeat: every string that is a secret (`whsec_...`) dropped, with its field, and every
 * personal field (an e-mail address), so that the idempotency records beside the log hold neither.
 */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !isSecret(item)).map(withoutSecrets);
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return withoutSecrets((value as { toJSON(): unknown }).toJSON());
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, member]) => !isSecret(member) && !PERSONAL_FIELDS.has(key))
      .map(([key, member]) => [key, withoutSecrets(member)]),
  );
}

function isSecret(value: unknown): boolean {
  return typeof value === 'string' && SECRET.test(value);
}
