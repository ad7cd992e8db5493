import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { join } from 'node:path';
import { EngineModule } from '../src/engine/engine.module';
import { configureApp, createFastifyAdapter } from '../src/engine/app.setup';
import { DEVELOPMENT_JWT_SECRET } from '../src/platform/config';
import { setEnv } from './bench-registry';

/**
 * The whole engine in this process on the embedded store in `folder`, as `npm start` configures it
 * (sync full, logs silent), listening on a free loopback port. `env` adds or overrides settings
 * (e.g. REDIS_URL, QUEUE_PREFIX); `prepare` runs before it listens (e.g. to serve the web console).
 */
export async function startBenchEngine(
  folder: string,
  env: Record<string, string> = {},
  prepare: (app: NestFastifyApplication) => Promise<void> = () => Promise.resolve(),
): Promise<NestFastifyApplication> {
  const restore = setEnv({
    EVENTSTORE_SQLITE_PATH: join(folder, 'events.db'),
    PROJECTIONS_SQLITE_PATH: join(folder, 'projections.db'),
    EVENTSTORE_SQLITE_SYNC: 'full',
    EVENTSTORE_CONNECTION_STRING: '',
    LOG_LEVEL: 'silent',
    REDIS_URL: '',
    AUTH_JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    ...env,
  });
  try {
    const app = await NestFactory.create<NestFastifyApplication>(EngineModule, createFastifyAdapter(), { logger: false });
    configureApp(app);
    await prepare(app);
    await app.listen(0, '127.0.0.1');
    return app;
  } finally {
    restore();
  }
}

/** The port the engine listens on. */
export function portOf(app: NestFastifyApplication): number {
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error(`unexpected server address ${String(address)}`);
  return address.port;
}
