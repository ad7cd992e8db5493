import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { EngineModule } from './engine/engine.module';
import { configureApp, createFastifyAdapter } from './engine/app.setup';
import { builtConsoleBeside, serveConsole } from './engine/console-static';
import { AppConfig, defaultHost, loadConfig } from './platform/config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestFastifyApplication>(EngineModule, createFastifyAdapter(), {
    bufferLogs: true,
  });
  configureApp(app);
  await serveConsole(app, builtConsoleBeside(__dirname));
  closeOnSignals(app);
  await app.listen(config.port, config.host);
  app.get(Logger).log(listeningLine(config));
}

/** Says where the engine listens and why, since in development anyone who reaches it can mint tokens. */
function listeningLine({ host, port, nodeEnv }: AppConfig): string {
  const why =
    host === defaultHost(nodeEnv)
      ? nodeEnv === 'development'
        ? 'loopback only, as NODE_ENV=development; HOST=0.0.0.0 listens on every interface'
        : `every interface, as NODE_ENV=${nodeEnv}; HOST chooses one`
      : 'as HOST says';
  return `Listening on ${host}:${port} (${why})`;
}

/** SIGTERM / SIGINT: stop taking requests, finish those in flight, close the store and Redis, exit 0. */
function closeOnSignals(app: NestFastifyApplication): void {
  const close = (signal: string) => {
    app.get(Logger).log(`${signal} received: shutting down`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
