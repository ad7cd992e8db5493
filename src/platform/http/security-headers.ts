import helmet from '@fastify/helmet';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

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

const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: DIRECTIVES },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};

/** Swagger UI's page (@nestjs/swagger) styles itself with inline <style> blocks and style attributes. */
const DOCS_POLICY = Object.entries({ ...DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] })
  .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
  .join('; ');

/**
 * Helmet's headers on every answer (the plugin loads when the server starts), and Swagger UI's
 * slightly wider policy on the docs: a reply's own header wins over one helmet sets on the raw response.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, docsPath: string): void {
  void fastify.register(helmet, HELMET_OPTIONS);
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?', 1)[0];
    if (path === docsPath || path.startsWith(`${docsPath}/`)) reply.header('content-security-policy', DOCS_POLICY);
  });
}

/**
 * An answer to a request that carried credentials (errors included) is never stored by a browser or
 * a shared cache: another user of the machine or the proxy would read it.
 */
export function preventCachingOfCredentialedAnswers(request: FastifyRequest, reply: FastifyReply): void {
  if (request.headers.authorization !== undefined) reply.header('cache-control', 'no-store');
}
