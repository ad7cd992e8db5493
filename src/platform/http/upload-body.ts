import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './api-error';

export const CSV_MEDIA_TYPE = 'text/csv';
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file types a route may take as its raw body (the body arrives as a Buffer). */
export const UPLOAD_MEDIA_TYPES = [CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE] as const;
export type UploadMediaType = (typeof UPLOAD_MEDIA_TYPES)[number];

/** A file sent as the request body: its bytes and the media type it was sent as. */
export interface UploadedFile {
  mediaType: UploadMediaType;
  bytes: Buffer;
}

/**
 * Lets one route take files (CSV, XLSX) as its raw body instead of JSON; every other route refuses them
 * with 415, and this route refuses JSON. Merges into the route's Fastify config like BodyLimit.
 */
export function AcceptsUploads(): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const config = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) ?? {}) as Record<string, unknown>;
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...config, acceptsUploads: true }, handler);
    return descriptor;
  };
}

export function acceptsUploads(request: FastifyRequest | undefined): boolean {
  return (request?.routeOptions.config as { acceptsUploads?: unknown } | undefined)?.acceptsUploads === true;
}

/** The body parser of the two file types: the bytes as they came, on the routes that take files only. */
export function parseUploadBody(request: FastifyRequest, body: Buffer): UploadedFile {
  if (!acceptsUploads(request)) throw wrongMediaType(request);
  return { mediaType: mediaTypeOf(request), bytes: body };
}

/** Refuses JSON on a route that takes files. */
export function refuseJsonOnUploadRoute(request: FastifyRequest): void {
  if (acceptsUploads(request)) throw wrongMediaType(request);
}

export function wrongMediaType(request: FastifyRequest | undefined): ApiError {
  if (acceptsUploads(request)) {
    return new ApiError(
      'UNSUPPORTED_MEDIA_TYPE',
      `The request body must be a file, sent with Content-Type: ${UPLOAD_MEDIA_TYPES.join(' or ')}.`,
    );
  }
  return new ApiError('UNSUPPORTED_MEDIA_TYPE', 'The request body must be JSON, sent with Content-Type: application/json.');
}

function mediaTypeOf(request: FastifyRequest): UploadMediaType {
  const essence = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return UPLOAD_MEDIA_TYPES.find((type) => type === essence) ?? CSV_MEDIA_TYPE;
}

export function isUploadedFile(body: unknown): body is UploadedFile {
  return typeof body === 'object' && body !== null && Buffer.isBuffer((body as UploadedFile).bytes);
}
