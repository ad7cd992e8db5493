import { APP_CONFIG, AppConfig } from '../config';
import { MemoryRateLimitStorage } from './memory-rate-limit.storage';
import { RedisRateLimitStorage } from './redis-rate-limit.storage';
import { RATE_LIMIT_STORAGE, RateLimitStorage } from './rate-window';

/** With REDIS_URL the counters live in Redis (every engine process shares them), otherwise in this process. */
export const rateLimitStorageProvider = {
  provide: RATE_LIMIT_STORAGE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): RateLimitStorage =>
    config.redisUrl ? new RedisRateLimitStorage(config.redisUrl, config.deadlines.queuePrefix) : new MemoryRateLimitStorage(),
};
