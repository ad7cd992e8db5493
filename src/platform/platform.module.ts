import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { Authenticator } from './auth/authenticator';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { Clock } from '../kernel/clock';
import { APP_CONFIG, AppConfig, loadConfig } from './config';
import { EngineMetrics } from './metrics/engine-metrics';
import { TracingLifecycle } from './tracing/tracing-lifecycle';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimiter } from './rate-limit/rate-limiter';
import { redisProvider, RedisShutdown, REDIS } from './redis.provider';

/** The configuration (read once, from the environment) and the clock. */
@Module({
  providers: [
    {
      provide: APP_CONFIG,
      useFactory: () => {
        const config = loadConfig();
        if (config.auth.usingDevelopmentSecret && config.auth.acceptsSecretTokens) {
          new Logger('Auth').warn(
            '!!! AUTH_JWT_SECRET is not set: using the built-in DEVELOPMENT secret. Anyone can mint tokens. ' +
              'Never run like this in production (outside NODE_ENV=development or test the engine refuses to start). !!!',
          );
        }
        return config;
      },
    },
    Clock,
  ],
  exports: [APP_CONFIG, Clock],
})
export class ConfigModule {}

/**
 * What every part of the engine's HTTP side shares: configuration, the clock, Redis, bearer tokens, the
 * guard, the metrics. Not global: the composition root imports it and passes it on (and installs the idempotency
 * interceptor, which needs the store's keys).
 */
@Module({
  imports: [
    ConfigModule,
    JwtModule.registerAsync({
      imports: [ConfigModule],
      inject: [APP_CONFIG],
      // A KeyObject, not a string: jsonwebtoken otherwise first tries (and fails) to read the string
      // as a public key on every verification, which costs ~0.5 ms per request.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.auth.secret, 'utf8')),
        signOptions: { algorithm: 'HS256' },
      }),
    }),
  ],
  providers: [
    redisProvider,
    RedisShutdown,
    Authenticator,
    { provide: EngineMetrics, useFactory: () => new EngineMetrics() },
    TracingLifecycle,
    RateLimiter,
    // In this order: every request is counted, also those that authentication refuses.
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [ConfigModule, REDIS, JwtModule, EngineMetrics],
})
export class PlatformModule {}
