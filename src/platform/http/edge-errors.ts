import { HttpException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './api-error';
import { bodyLimitOf } from './body-limits';
import { MAX_PATH_SEGMENT_LENGTH } from './edge-limits';
import { RouteTable } from './route-table';
import { wrongMediaType } from './upload-body';

/**
 * The errors Fastify raises itself (body too large, wrong media type, malformed URL, no route) in the
 * contract's terms. Their own messages may quote the URL or the body; these never do.
 */
export function edgeErrorOf(exception: HttpException, request: FastifyRequest | undefined, routes: RouteTable): ApiError | undefined {
  const code = fastifyCodeOf(exception);
  if (code) return fromFastifyCode(code, request) ?? byStatus(exception.getStatus());
  if (exception.getStatus() === 404 && request?.is404) return noRouteError(request, routes);
  return undefined;
}

/** Errors of Fastify's router, raised before any route or hook runs (Fastify's `frameworkErrors`). */
export function routerErrorOf(code: string | undefined): ApiError {
  if (code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return new ApiError('URI_TOO_LONG', `A segment of the path is longer than ${MAX_PATH_SEGMENT_LENGTH} characters.`);
  }
  return fromFastifyCode('FST_ERR_BAD_URL', undefined)!;
}

function fastifyCodeOf(exception: HttpException): string | undefined {
  const code = (exception.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && code.startsWith('FST_') ? code : undefined;
}

function fromFastifyCode(code: string, request: FastifyRequest | undefined): ApiError | undefined {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      const limit = bodyLimitOf(request?.routeOptions.config);
      return new ApiError('PAYLOAD_TOO_LARGE', `The request body is larger than the ${limit} bytes this route accepts.`, { limit });
    }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return wrongMediaType(request);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('VALIDATION_FAILED', 'The request body does not have the length its Content-Length header says.');
    case 'FST_ERR_BAD_URL':
      return new ApiError('VALIDATION_FAILED', 'The URL is not valid: check its percent-encoding.');
    default:
      return undefined;
  }
}

function byStatus(status: number): ApiError {
  if (status === 413) return new ApiError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  if (status === 415) return new ApiError('UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON.');
  if (status === 404) return new ApiError('NOT_FOUND', 'There is no such route; see /docs for the routes the engine serves.');
  return new ApiError('VALIDATION_FAILED', 'The request is malformed.');
}

/** No route matched: a path segment too long to be a parameter (414), another method (405), or nothing (404). */
function noRouteError(request: FastifyRequest, routes: RouteTable): ApiError {
  const path = request.url.split('?')[0];
  if (path.split('/').some((segment) => segment.length > MAX_PATH_SEGMENT_LENGTH)) {
    return new ApiError('URI_TOO_LONG', `A segment of the path is longer than ${MAX_PATH_SEGMENT_LENGTH} characters.`);
  }
  const allow = routes.methodsFor(path);
  if (allow.length > 0) {
    return new ApiError('METHOD_NOT_ALLOWED', `This route does not take ${request.method}; it takes ${allow.join(', ')}.`, { allow });
  }
  return new ApiError('NOT_FOUND', 'There is no such route; see /docs for the routes the engine serves.');
}
