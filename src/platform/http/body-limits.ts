import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants';

export const KIB = 1024;
export const MIB = 1024 * KIB;

/** Every route's body limit unless it says otherwise: the largest single-object command fits many times over. */
export const DEFAULT_BODY_LIMIT = 64 * KIB;

/** The bulk proposal: 1000 organizations with every optional field at its longest. */
export const BULK_BODY_LIMIT = 2 * MIB;

/** JSON nested deeper than this is refused before it is parsed (contract 1.1). */
export const MAX_JSON_DEPTH = 32;

/**
 * Gives one route its own body limit (the bulk proposal, uploads). It merges into the route's Fastify
 * config, so that other route settings given the same way survive.
 */
export function BodyLimit(bytes: number): MethodDecorator {
  return (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const config = (Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) ?? {}) as Record<string, unknown>;
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...config, bodyLimit: bytes }, handler);
    return descriptor;
  };
}

/** The body limit of a route as Fastify registers it: its own, or the default. */
export function bodyLimitOf(routeConfig: unknown): number {
  const own = (routeConfig as { bodyLimit?: unknown } | undefined)?.bodyLimit;
  return typeof own === 'number' && Number.isInteger(own) && own > 0 ? own : DEFAULT_BODY_LIMIT;
}
