/** A URL longer than this (path and query) is answered 414 before routing matters. */
export const MAX_URL_LENGTH = 4096;

/** A path segment longer than this matches no route (Fastify's maxParamLength) and is answered 414. */
export const MAX_PATH_SEGMENT_LENGTH = 200;
