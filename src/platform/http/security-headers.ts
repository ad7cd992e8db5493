import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The policy of the web console served at `/` (its own scripts, styles and API calls; images also as
 * data: URLs) and of the API: nothing else may load, nothing may frame a page, no referrer leaves.
 */
const DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The console's sign-in talks to the organization's OpenID provider from the page (discovery, the token
 * endpoint, renewal): its origin joins connect-src. The sign-in page itself is a navigation, which the policy does not restrict.
 */
function directivesFor(issuer: string | undefined): typeof DIRECTIVES {
  return issuer ? { ...DIRECTIVES, connectSrc: ["'self'", new URL(issuer).origin] } : DIRECTIVES;
}

const helmetOptions = (directives: typeof DIRECTIVES): HelmetOptions => ({
  contentSecurityPolicy: { useDefaults: false, directives },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
});

/** Swagger UI's page (@nestjs/swagger) styles itself with inline <style> blocks and style attributes. */
const docsPolicy = (directives: typeof DIRECTIVES) =>
  Object.entries({ ...directives, styleSrc: ["'self'", "'unsafe-inline'"] })
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ');

/**
 * Helmet's headers, computed once: the policy is the same for every answer, and @fastify/helmet would
 * rebuild helmet's middleware on every request (measured: 3.6% of the engine's CPU under load).
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  } as unknown as ServerResponse;
  // Helmet's middleware calls `next` synchronously, with an error only for an invalid option.
  helmet(options)({} as IncomingMessage, response, (error?: unknown) => {
    if (error instanceof Error) throw error;
  });
  return headers;
}

/** Helmet's headers on every answer, and Swagger UI's slightly wider policy on the docs. `issuer`: AUTH_OIDC_ISSUER. */
export function registerSecurityHeaders(fastify: FastifyInstance, docsPath: string, issuer?: string): void {
  const directives = directivesFor(issuer);
  const headers = helmetHeaders(helmetOptions(directives));
  const docsHeaders = { ...headers, 'content-security-policy': docsPolicy(directives) };
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const path = request.url.split('?', 1)[0];
    void reply.headers(path === docsPath || path.startsWith(`${docsPath}/`) ? docsHeaders : headers);
    done();
  });
}

/**
 * An answer to a request that carried credentials (errors included) is never stored by a browser or
 * a shared cache: another user of the machine or the proxy would read it.
 */
export function preventCachingOfCredentialedAnswers(request: FastifyRequest, reply: FastifyReply): void {
  if (request.headers.authorization !== undefined) reply.header('cache-control', 'no-store');
}
