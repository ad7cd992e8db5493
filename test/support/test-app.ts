import { LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { EngineModule } from '../../src/engine/engine.module';
import { configureApp, createFastifyAdapter } from '../../src/engine/app.setup';
import { serveConsole } from '../../src/engine/console-static';
import { EVENT_STORE, EventStore } from '../../src/event-store/event-store.port';
import { Clock, ManualClock } from '../../src/kernel/clock';
import { countEvents } from './events';
import { temporaryDirectory } from './temporary-directory';

/** Where `npm run build` (and `npm test`) put the web console. */
export const BUILT_CONSOLE = 'dist/console';

export interface InjectOptions {
  method: string;
  url: string;
  headers?: Record<string, string>;
  payload?: unknown;
}

export interface TestResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the engine's JSON answers are `any` on purpose: tests assert on their shape with Jest's matchers (see eslint.config.mjs)
  json(): any;
}

export interface TestApp {
  app: NestFastifyApplication;
  /** A real HTTP request to the engine listening on a free loopback port. */
  inject(options: InjectOptions): Promise<TestResponse>;
  clock: ManualClock;
  store: EventStore;
  dataDir: string;
  /** Every event in the log, for "nothing was stored" checks. */
  eventCount(): Promise<number>;
  close(): Promise<void>;
}

/**
 * The settings of a test app: the embedded store in `dataDir`. A connection string (or PostgreSQL address) in the environment
 * (set to run the store's contract suite against a server) is cleared, so that no app writes to that
 * server; a test that means to use one passes EVENTSTORE_CONNECTION_STRING in `env`.
 */
export function testAppEnv(dataDir: string, env: Record<string, string> = {}): Record<string, string> {
  return {
    EVENTSTORE_CONNECTION_STRING: '',
    EVENTSTORE_POSTGRES_URL: '',
    EVENTSTORE_SQLITE_PATH: `${dataDir}/events.db`,
    PROJECTIONS_SQLITE_PATH: `${dataDir}/projections.db`,
    LOG_LEVEL: 'silent',
    REDIS_URL: '',
    ...env,
  };
}

/**
 * The whole engine on the embedded store in a fresh folder, with a clock the test moves.
 * `env` overrides settings for this app only (see testAppEnv); `logger` receives the engine's log lines, start-up included;
 * `consoleRoot`: the folder of the built web console it serves at `/` (default dist/console);
 * `providers`: values put in place of the engine's providers (e.g. a browser that prints when the test says).
 */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    dataDir?: string;
    now?: string;
    logger?: LoggerService;
    consoleRoot?: string;
    providers?: Array<{ provide: string | symbol; useValue: unknown }>;
  } = {},
): Promise<TestApp> {
  const dir = options.dataDir ? undefined : temporaryDirectory();
  const dataDir = options.dataDir ?? dir!.path;
  const restore = setEnv(testAppEnv(dataDir, options.env));
  const clock = new ManualClock(options.now ? new Date(options.now) : undefined);
  try {
    const builder = Test.createTestingModule({ imports: [EngineModule] })
      .overrideProvider(Clock)
      .useValue(clock);
    for (const { provide, useValue } of options.providers ?? []) builder.overrideProvider(provide).useValue(useValue);
    const moduleRef = await builder.compile();
    const app = configureApp(moduleRef.createNestApplication<NestFastifyApplication>(createFastifyAdapter(), { logger: false }), {
      swaggerUi: false,
    });
    if (options.logger) app.useLogger(options.logger);
    // The console as `npm run build` leaves it (a page saying how to build it when it was not built).
    await serveConsole(app, options.consoleRoot ?? BUILT_CONSOLE);
    await app.listen(0, '127.0.0.1');
    const baseUrl = await app.getUrl();
    const store = app.get<EventStore>(EVENT_STORE);
    return {
      app,
      inject: (request) => send(baseUrl.replace('[::1]', '127.0.0.1'), request),
      clock,
      store,
      dataDir,
      eventCount: async () => countEvents(store),
      close: async () => {
        await app.close();
        dir?.remove();
      },
    };
  } finally {
    restore();
  }
}

/** Light-my-request cannot load under Jest's ESM mode, so tests talk real HTTP over loopback. */
async function send(baseUrl: string, { method, url, headers = {}, payload }: InjectOptions): Promise<TestResponse> {
  const hasBody = payload !== undefined;
  const response = await fetch(`${baseUrl}${url}`, {
    method,
    headers: hasBody ? { 'content-type': 'application/json', ...headers } : headers,
    body: hasBody ? JSON.stringify(payload) : undefined,
  });
  // An event stream never ends: its answer is its status and headers (test/support/live-reader.ts reads one).
  const endless = response.headers.get('content-type')?.startsWith('text/event-stream');
  const body = endless ? (await response.body?.cancel(), '') : await response.text();
  return {
    statusCode: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body,
    json: () => JSON.parse(body),
  };
}

function setEnv(values: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((k) => [k, process.env[k]]));
  Object.assign(process.env, values);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
