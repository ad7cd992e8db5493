/**
 * Addresses as they may be logged or shown: connection strings (`esdb://`, `postgres://`, `redis://`) and
 * webhook URLs, without what would let a reader in.
 */

const MASK = '***';

/** Query parameters whose value is a credential: password, token, secret, key, signature and their kin. */
const SECRET_PARAMETER = /pass|pwd|token|secret|key|sig|auth|credential/i;

/**
 * Everything before the last `@` of the address (user name and password, which may hold `/`, `?`, `#` or `@`)
 * and the value of every credential-like query parameter, masked. An `@` in the query masks the host too:
 * too much rather than too little.
 */
export function maskedAddress(address: string): string {
  return maskQuery(maskUserInfo(address), (name) => SECRET_PARAMETER.test(name));
}

/** A webhook URL belongs to a State, which may put a token in any parameter: every query value masked. */
export function maskedWebhookUrl(address: string): string {
  return maskQuery(maskUserInfo(address), () => true);
}

function maskUserInfo(address: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(address)?.[0] ?? '';
  const rest = address.slice(scheme.length);
  const at = rest.lastIndexOf('@');
  return at < 0 ? address : `${scheme}${MASK}${rest.slice(at)}`;
}

function maskQuery(address: string, secret: (name: string) => boolean): string {
  const start = address.indexOf('?');
  if (start < 0) return address;
  const [query, ...fragment] = address.slice(start + 1).split('#');
  const masked = query
    .split(/([&;])/)
    .map((part) => {
      const equals = part.indexOf('=');
      return equals > 0 && secret(decodedName(part.slice(0, equals))) ? `${part.slice(0, equals)}=${MASK}` : part;
    })
    .join('');
  return [`${address.slice(0, start)}?${masked}`, ...fragment].join('#');
}

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
