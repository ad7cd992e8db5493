import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import fastifyRateLimit, { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config';

/** What a request spends: the counter it adds to (its caller's or its address's), and that counter's limit a minute. */
export interface Budget {
  key: string;
  perMinute: number;
  /** Whose budget it is, as the 429's message says it. */
  whose: string;
}

type Count = ReturnType<FastifyInstance['createRateLimit']>;

/** The budget rides on the request to the plugin's key and limit functions (a WeakMap costs the collector ~4 µs a request). */
const BUDGET = Symbol('rate-limit-budget');
type Budgeted = FastifyRequest & { [BUDGET]?: Budget };

const ONE_MINUTE_MS = 60_000;
/** The in-memory counters are a least-recently-used map of this many keys, so that a flood of addresses cannot fill the memory. */
const MEMORY_KEYS = 50_000;
const CONNECT_WAIT_MS = 2000;

/**
 * Counts requests in one-minute windows with @fastify/rate-limit: in Redis with REDIS_URL (every engine process
 * of that Redis and QUEUE_PREFIX shares the counters), in this process otherwise. The Redis connection fails fast
 * (no offline queue, no retries): while Redis is away no request waits for it, and this process counts in its own
 * memory until Redis is back.
 */
@Injectable()
export class RateLimiter implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly redis?: Redis;
  private readonly namespace: string;
  private inMemory?: Count;
  private inRedis?: Count;
  private fallingBack = false;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.namespace = `${config.deadlines.queuePrefix}:rate-limit:`;
    if (config.redisUrl) this.redis = this.connect(config.redisUrl);
  }

  async onModuleInit(): Promise<void> {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    counter(fastify, { ...this.options(), cache: MEMORY_KEYS }, (count) => (this.inMemory = count));
    if (!this.redis) return;
    counter(fastify, { ...this.options(), redis: this.redis, nameSpace: this.namespace }, (count) => (this.inRedis = count));
    await readyOrNot(this.redis);
  }

  /** Counts the request against its budget: once the budget is spent, the seconds until its window ends; before, undefined. */
  async spend(request: Budgeted, budget: Budget): Promise<number | undefined> {
    request[BUDGET] = budget;
    const counted = await this.count(request);
    return counted.isAllowed || !counted.isExceeded ? undefined : Math.max(1, counted.ttlInSeconds);
  }

  onApplicationShutdown(): void {
    this.redis?.disconnect();
  }

  private async count(request: FastifyRequest): ReturnType<Count> {
    if (this.inRedis && this.redis?.status === 'ready') {
      try {
        return await this.inRedis(request);
      } catch {
        this.fallBack();
      }
    }
    return this.inMemory!(request);
  }

  private options(): RateLimitPluginOptions {
    return {
      global: false,
      timeWindow: ONE_MINUTE_MS,
      keyGenerator: (request: Budgeted) => request[BUDGET]!.key,
      max: (request: Budgeted) => request[BUDGET]!.perMinute,
    };
  }

  private connect(url: string): Redis {
    const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, enableAutoPipelining: true });
    redis.on('error', () => this.fallBack());
    redis.on('ready', () => (this.fallingBack = false));
    return redis;
  }

  private fallBack(): void {
    if (this.fallingBack) return;
    this.fallingBack = true;
    this.logger.warn("Redis does not answer: rate limits are counted in this process's memory until it does.");
  }
}

/**
 * The plugin in a scope of its own, so that the memory and the Redis counters can live side by side. Registered, not
 * awaited: awaiting would load Fastify's plugins and routes at once, before Nest sets its error handler, and every
 * route would answer errors with Fastify's default handler. The scope loads when the server gets ready, before any
 * request.
 */
function counter(fastify: FastifyInstance, options: RateLimitPluginOptions, ready: (count: Count) => void): void {
  void fastify.register(async (scope) => {
    await scope.register(fastifyRateLimit, options);
    ready(scope.createRateLimit());
  });
}

/** Counting in Redis starts with the first request, unless Redis does not answer at start-up. */
async function readyOrNot(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_WAIT_MS).unref();
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', done);
    redis.once('error', done);
  });
}
