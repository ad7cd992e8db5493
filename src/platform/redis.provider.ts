import { Inject, Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from './config';

export const REDIS = Symbol('REDIS');

/** One ioredis connection when REDIS_URL is set; none otherwise (the engine then runs without Redis). */
export const redisProvider = {
  provide: REDIS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Redis | null => {
    if (!config.redisUrl) return null;
    const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    redis.on('error', (error) => new Logger('Redis').warn(`Redis: ${error.message}`));
    return redis;
  },
};

@Injectable()
export class RedisShutdown implements OnApplicationShutdown {
  constructor(@Optional() @Inject(REDIS) private readonly redis: Redis | null) {}

  /** `quit` waits for queued commands, which never run while Redis is away: then just disconnect. */
  async onApplicationShutdown(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'end') return;
    if (redis.status !== 'ready') return redis.disconnect();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2000).unref());
    await Promise.race([
      redis.quit().then(
        () => undefined,
        () => undefined,
      ),
      timeout,
    ]);
    redis.disconnect();
  }
}
