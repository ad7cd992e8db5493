import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const CORRELATION = Symbol('correlationId');
const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's correlation id: the caller's `x-correlation-id` when it is a sensible token, else a
 * new UUID. Cached on the raw request so that Fastify, the logger and the controllers agree.
 */
export function correlationIdOf(request: IncomingMessage): string {
  const carrier = request as IncomingMessage & { [CORRELATION]?: string };
  if (carrier[CORRELATION]) return carrier[CORRELATION];
  const header = request.headers['x-correlation-id'];
  const given = Array.isArray(header) ? header[0] : header;
  carrier[CORRELATION] = given && SAFE.test(given) ? given : randomUUID();
  return carrier[CORRELATION];
}
