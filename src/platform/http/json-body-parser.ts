import type { FastifyRequest } from 'fastify';
import { ApiError } from './api-error';
import { MAX_JSON_DEPTH } from './body-limits';
import { nestsDeeperThan } from './json-depth';
import { unsafePartOf } from './json-inspection';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The engine's only body parser (`application/json`): Fastify has already held the body to the route's
 * size limit; this refuses JSON nested too deep before parsing it, text that is not UTF-8 or not JSON,
 * and parsed bodies that are not one object or that carry what no command takes (see json-inspection).
 * No message repeats any part of the body.
 */
export function parseJsonBody(_request: FastifyRequest, body: Buffer): unknown {
  if (body.length === 0) return undefined;
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
    throw new ApiError('PAYLOAD_TOO_LARGE', `The request body nests JSON deeper than ${MAX_JSON_DEPTH} levels.`, {
      maxDepth: MAX_JSON_DEPTH,
    });
  }
  const parsed = parse(decode(body));
  const problem = unsafePartOf(parsed);
  if (problem) throw new ApiError('VALIDATION_FAILED', `The request body is not acceptable: ${problem}.`);
  return parsed;
}

function decode(body: Buffer): string {
  try {
    return UTF8.decode(body);
  } catch {
    throw new ApiError('VALIDATION_FAILED', 'The request body is not valid UTF-8 text.');
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('VALIDATION_FAILED', 'The request body is not valid JSON.');
  }
}
