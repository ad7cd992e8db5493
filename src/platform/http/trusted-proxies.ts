import { isIP } from 'node:net';
import { ConfigError, Env, nonEmpty } from '../env-values';

/**
 * TRUST_PROXY: the proxies (addresses or CIDR ranges) whose X-Forwarded-For the engine believes. Fastify's
 * `trustProxy` then takes as the client's address the rightmost X-Forwarded-For address that is not one
 * of them; with none (the default) the header is ignored and the client is the peer of the connection.
 */
export function trustedProxies(env: Env): string[] {
  const raw = nonEmpty(env.TRUST_PROXY);
  if (raw === undefined) return [];
  const entries = raw.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !isAddressOrRange(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be IP addresses or CIDR ranges separated by commas (e.g. "10.0.0.5,172.18.0.0/16"), got "${wrong}" in "${raw}".`,
    );
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}
