import { Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { MemoryRateLimitStorage } from './memory-rate-limit.storage';
import { RateLimitStorage, RateWindow } from './rate-window';

/** One round trip per request: count the hit, open the window on the first one, say when it ends. */
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { hits, ttl }`;

const CONNECT_WAIT_MS = 2000;

type RateLimitRedis = Redis & { rateLimitHit(key: string, ttlMs: number): Promise<[number, number]> };

/**
 * Fixed-window counters in Redis, shared by every engine process that uses the same Redis and
 * QUEUE_PREFIX. Its own connection fails fast (no offline queue, no retries): while Redis is away a
 * request is never held up, and each process counts in its own memory until Redis is back.
 */
export class RedisRateLimitStorage implements RateLimitStorage, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimit');
  private readonly fallback = new MemoryRateLimitStorage();
  private readonly redis: RateLimitRedis;
  private fallingBack = false;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, enableAutoPipelining: true });
    redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
    redis.on('error', () => this.fallBack());
    redis.on('ready', () => (this.fallingBack = false));
    this.redis = redis as RateLimitRedis;
  }

  /** Starts counting in Redis from the first request, unless Redis does not answer at start-up. */
  async onModuleInit(): Promise<void> {
    if (this.redis.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, CONNECT_WAIT_MS).unref();
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.redis.once('ready', done);
      this.redis.once('error', done);
    });
  }

  async hit(key: string, windowMs: number): Promise<RateWindow> {
    if (this.redis.status === 'ready') {
      try {
        const [hits, remainingMs] = await this.redis.rateLimitHit(`${this.prefix}:rate-limit:${key}`, windowMs);
        return { hits, remainingMs };
      } catch {
        this.fallBack();
      }
    }
    return this.fallback.hit(key, windowMs);
  }

  onApplicationShutdown(): void {
    this.fallback.onApplicationShutdown();
    this.redis.disconnect();
  }

  private fallBack(): void {
    if (this.fallingBack) return;
    this.fallingBack = true;
    this.logger.warn("Redis does not answer: rate limits are counted in this process's memory until it does.");
  }
}
