/**
 * Prints a bearer token for local use: `npm run token -- --role member-state --state FRA`.
 * Signs with AUTH_JWT_SECRET, or with the development secret when it is unset. The token carries
 * `iat` and `exp` (`--hours`, default 12, at most AUTH_MAX_TOKEN_LIFETIME_MS), as the engine requires.
 */
import { createHmac } from 'node:crypto';
import { actorFromClaims } from '../src/platform/auth/token-claims';
import { loadConfig } from '../src/platform/config';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function sign(claims: object, secret: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

function main(): void {
  const role = argument('role') ?? 'pga';
  const state = argument('state');
  const config = loadConfig();
  const maxHours = config.auth.maxTokenLifetimeMs / 3_600_000;
  const hours = Number(argument('hours') ?? Math.min(12, maxHours));
  const subject = argument('sub') ?? `${role}${state ? `-${state}` : ''}-local`;
  const iat = Math.floor(Date.now() / 1000);
  const claims = { sub: subject, role, ...(state ? { state } : {}), iat, exp: iat + Math.floor(hours * 3600) };
  const problem = !(hours > 0 && hours <= maxHours)
    ? `--hours must be more than 0 and at most ${maxHours} (AUTH_MAX_TOKEN_LIFETIME_MS)`
    : actorFromClaims(claims);
  if (typeof problem === 'string') {
    console.error(
      `Cannot make that token: ${problem}. Usage: npm run token -- --role <pga|member-state|observer|auditor> [--state FRA] [--hours 12]`,
    );
    process.exit(2);
  }
  if (config.auth.usingDevelopmentSecret) console.error('(signed with the development secret: AUTH_JWT_SECRET is unset)');
  console.log(sign(claims, config.auth.secret));
}

main();
