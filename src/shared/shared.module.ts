import { Global, Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { Clock } from './clock';
import { APP_CONFIG, AppConfig, loadConfig } from './config';
import { redisProvider, RedisShutdown, REDIS } from './redis.provider';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.auth.secret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    {
      provide: APP_CONFIG,
      useFactory: () => {
        const config = loadConfig();
        if (config.auth.usingDevelopmentSecret) {
          new Logger('Auth').warn(
            '!!! AUTH_JWT_SECRET is not set: using the built-in DEVELOPMENT secret. Anyone can mint tokens. ' +
              'Never run like this in production (NODE_ENV=production refuses to start). !!!',
          );
        }
        return config;
      },
    },
    Clock,
    redisProvider,
    RedisShutdown,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
  exports: [APP_CONFIG, Clock, REDIS, JwtModule],
})
export class SharedModule {}
