import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { expectCompiled } from '../support/compiled';
import { temporaryDirectory } from '../support/temporary-directory';
import { bearer } from '../support/tokens';

/**
 * The engine as `npm start` runs it: the compiled dist/src/main.js in its own process, on the
 * embedded store. `npm test` builds it first.
 */
const MAIN = 'dist/src/main.js';

describe('the compiled engine', () => {
  const dir = temporaryDirectory();
  let engine: Engine | undefined;
  beforeAll(() => expectCompiled(MAIN));
  afterEach(() => engine?.kill());
  afterAll(() => dir.remove());

  it('starts on the embedded store, serves the API and docs, stops cleanly on SIGTERM, and keeps its data', async () => {
    engine = await Engine.start({
      EVENTSTORE_SQLITE_PATH: `${dir.path}/a/events.db`,
      PROJECTIONS_SQLITE_PATH: `${dir.path}/a/projections.db`,
    });
    expect((await engine.get('/health')).status).toBe(200);
    const docs = await engine.get('/docs');
    expect(await docs.text()).toContain('swagger');
    // Swagger UI's page styles itself inline; everything else keeps the console's stricter policy.
    expect(docs.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    expect(docs.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await engine.get('/docs/swagger-ui-init.js')).headers.get('content-security-policy')).toContain("'unsafe-inline'");
    expect((await engine.get('/health')).headers.get('content-security-policy')).toContain("style-src 'self';");
    const created = await engine.post('/v1/meetings', { id: 'hiv-aids-2021', title: 'HIV/AIDS', timezone: 'America/New_York' });
    expect(created.status).toBe(201);

    expect(await engine.stop()).toBe(0);
    expect(engine.output()).toContain('Event store and projections closed');
    expect(engine.output()).toContain('DEVELOPMENT secret');

    engine = await Engine.start({
      EVENTSTORE_SQLITE_PATH: `${dir.path}/a/events.db`,
      PROJECTIONS_SQLITE_PATH: `${dir.path}/a/projections.db`,
    });
    const read = await engine.get('/v1/meetings/hiv-aids-2021', bearer('auditor'));
    expect(read.status).toBe(200);
    expect(((await read.json()) as { title: string }).title).toBe('HIV/AIDS');
  });

  it('refuses to start outside development and test without a strong AUTH_JWT_SECRET, saying why', async () => {
    const refusals = await Promise.all([
      refusedStart({ NODE_ENV: 'production', AUTH_JWT_SECRET: '' }),
      refusedStart({ NODE_ENV: 'staging', AUTH_JWT_SECRET: 'too-short' }),
    ]);
    expect(refusals[0]).toContain('AUTH_JWT_SECRET must be set with NODE_ENV=production (anything but development or test)');
    expect(refusals[1]).toContain(
      'AUTH_JWT_SECRET must be at least 32 bytes with NODE_ENV=staging (anything but development or test), got 9.',
    );
  });

  it('listens on the loopback address in development unless HOST says otherwise, and says so', async () => {
    engine = await Engine.start({ ...dataIn(`${dir.path}/b`), NODE_ENV: '' });
    expect(engine.output()).toMatch(
      /Listening on 127\.0\.0\.1:\d+ \(loopback only, as NODE_ENV=development; HOST=0\.0\.0\.0 listens on every interface\)/,
    );
    await engine.stop();
    engine = await Engine.start({ ...dataIn(`${dir.path}/b`), NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32) });
    expect(engine.output()).toMatch(/Listening on 0\.0\.0\.0:\d+ \(every interface, as NODE_ENV=production; HOST chooses one\)/);
  });
});

const dataIn = (folder: string) => ({ EVENTSTORE_SQLITE_PATH: `${folder}/events.db`, PROJECTIONS_SQLITE_PATH: `${folder}/projections.db` });

/** The compiled engine's output when it refuses to start (its exit code must not be 0). */
async function refusedStart(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [MAIN], { env: { ...baseEnv(), ...env } });
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  child.stdout.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).not.toBe(0);
  return output;
}

function baseEnv(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _jestOnly, ...env } = process.env;
  return { ...env, LOG_LEVEL: 'info', REDIS_URL: '', EVENTSTORE_CONNECTION_STRING: '' };
}

class Engine {
  private log = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly base: string,
  ) {
    child.stdout?.on('data', (chunk) => (this.log += chunk));
    child.stderr?.on('data', (chunk) => (this.log += chunk));
  }

  static async start(env: Record<string, string>): Promise<Engine> {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], { env: { ...baseEnv(), ...env, PORT: String(port) } });
    const engine = new Engine(child, `http://127.0.0.1:${port}`);
    await engine.waitUntilHealthy();
    return engine;
  }

  get(path: string, headers: Record<string, string> = {}) {
    return fetch(`${this.base}${path}`, { headers });
  }

  post(path: string, body: unknown) {
    return fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { ...bearer('pga'), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  output(): string {
    return this.log;
  }

  stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.on('exit', resolve));
    this.child.kill('SIGTERM');
    return exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }

  private async waitUntilHealthy(): Promise<void> {
    for (let attempt = 0; attempt < 300; attempt += 1) {
      if (this.child.exitCode !== null) throw new Error(`The engine exited early:\n${this.log}`);
      const ok = await this.get('/health').then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`The engine did not become healthy:\n${this.log}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
