import type { FastifyInstance } from 'fastify';
import { EngineMetrics } from './engine-metrics';

/** The label of every request that matched no route (one value, whatever the URL: no unbounded series). */
export const UNMATCHED_ROUTE = 'unmatched';
const SCRAPE_ROUTE = '/metrics';

/** Counts each answered request by its route's pattern (`/v1/meetings/:meetingId`) and status; scrapes are not counted. */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: EngineMetrics): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    if (route !== SCRAPE_ROUTE) metrics.requestAnswered(route, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
}
