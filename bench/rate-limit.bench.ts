/**
 * What the rate limiter adds to each request (issue 24), measured on the limiter itself, as its guard calls it:
 *
 *   hostile.rate_limit.check_us  microseconds to count one request in memory (@fastify/rate-limit's store, no
 *                                REDIS_URL), over 10,000 client addresses, each request a new object; with Redis a
 *                                request adds one round trip instead (pipelined: see cluster.bench.ts)
 */
import 'reflect-metadata';
import type { HttpAdapterHost } from '@nestjs/core';
import Fastify, { FastifyRequest } from 'fastify';
import type { AppConfig } from '../src/platform/config';
import { RateLimiter } from '../src/platform/rate-limit/rate-limiter';
import { Figure, monotonicMs, register } from './bench-registry';

const ADDRESSES = 10_000;
const REQUESTS = 200_000;
const WARM_UP = 20_000;

register('hostile.rate_limit.', async (bench) => {
  if (!bench.wants('hostile.rate_limit.check_us')) return [];
  bench.progress(`hostile: counting ${REQUESTS} requests from ${ADDRESSES} addresses in memory`);
  return [{ name: 'hostile.rate_limit.check_us', value: await checkMicroseconds(), unit: 'us' } satisfies Figure];
});

async function checkMicroseconds(): Promise<number> {
  const fastify = Fastify();
  const host = { httpAdapter: { getInstance: () => fastify } } as unknown as HttpAdapterHost;
  const limiter = new RateLimiter(host, { deadlines: { queuePrefix: 'bench' } } as AppConfig);
  await limiter.onModuleInit();
  try {
    await spendAll(limiter, WARM_UP);
    const started = monotonicMs();
    await spendAll(limiter, REQUESTS);
    return Math.round(((monotonicMs() - started) * 1000 * 100) / REQUESTS) / 100;
  } finally {
    await fastify.close();
  }
}

async function spendAll(limiter: RateLimiter, requests: number): Promise<void> {
  for (let i = 0; i < requests; i += 1) {
    const request = { routeOptions: { config: {} } } as unknown as FastifyRequest;
    // 22 requests an address in all, far under its 600: every one is counted and let through.
    const refused = await limiter.spend(request, { key: `address:client-${i % ADDRESSES}`, perMinute: 600, whose: '' });
    if (refused !== undefined) throw new Error('a request under its budget was refused');
  }
}
