import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Public answers may be kept this long by browsers and proxies (the programme changes rarely, but it changes). */
const MAX_AGE_SECONDS = 60;

/**
 * A public answer with a strong ETag (the SHA-256 of its bytes): a request whose If-None-Match names it
 * gets 304 with no body. Cacheable by anyone, briefly, unless the request carried credentials (then the
 * platform's no-store stands).
 */
export function cacheable(request: FastifyRequest, reply: FastifyReply, body: Buffer | string, contentType: string): Buffer | string {
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  void reply.header('etag', etag).header('content-type', contentType);
  if (request.headers.authorization === undefined) void reply.header('cache-control', `public, max-age=${MAX_AGE_SECONDS}`);
  if (!matches(request.headers['if-none-match'], etag)) return body;
  void reply.status(304);
  return '';
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x"; * matches anything. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}
