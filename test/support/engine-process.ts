import { ChildProcess, spawn } from 'node:child_process';
import { expectCompiled } from './compiled';
import { freePort } from './private-redis';

/** The compiled engine, as `npm start` runs it (`npx nest build` first; `npm test` builds). */
export const ENGINE_MAIN = 'dist/src/main.js';

const HEALTHY_WITHIN_MS = 60_000;
const HEALTH_POLL_MS = 100;

/**
 * The engine as a real child process (`node dist/src/main.js`) with the environment it is given, on a
 * port of its own: started once /health answers 200, killed with SIGKILL (as a crash would) or stopped
 * with SIGTERM, and restarted on the same port and environment. For tests of several engine processes
 * on one store; nothing of the test's environment leaks in but PATH and HOME.
 */
export class EngineProcess {
  private child?: ChildProcess;
  private log = '';

  private constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  /** Starts an engine with `env` (the store, the projections' file, REDIS_URL...) and waits until it is healthy. */
  static async start(env: Record<string, string>): Promise<EngineProcess> {
    expectCompiled(ENGINE_MAIN);
    const engine = new EngineProcess(await freePort(), env);
    await engine.restart();
    return engine;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Everything the process wrote to stdout and stderr, over every start. */
  output(): string {
    return this.log;
  }

  fetch(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.url}${path}`, init);
  }

  /** Starts it again (after kill or stop) on the same port with the same environment; waits for /health. */
  async restart(): Promise<void> {
    if (this.running) throw new Error('The engine process is still running');
    const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env;
    const env = { PATH: inherited.PATH, HOME: inherited.HOME, NODE_ENV: 'test', LOG_LEVEL: 'info', ...this.env };
    const child = spawn(process.execPath, [ENGINE_MAIN], { env: { ...env, PORT: String(this.port), HOST: '127.0.0.1' } });
    child.stdout.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (this.log += chunk.toString()));
    this.child = child;
    await this.waitUntilHealthy();
  }

  /** SIGKILL: no shutdown hook runs, as when the machine or the process dies. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM: the engine finishes its requests and closes its store; resolves with the exit code. */
  async stop(): Promise<number | null> {
    return this.signal('SIGTERM');
  }

  private async signal(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (!child || !this.running) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }

  private async waitUntilHealthy(): Promise<void> {
    const until = Date.now() + HEALTHY_WITHIN_MS;
    while (Date.now() < until) {
      if (!this.running) throw new Error(`The engine process exited while starting:\n${this.log}`);
      const healthy = await this.fetch('/health').then(
        (response) => response.status === 200,
        () => false,
      );
      if (healthy) return;
      await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
    }
    throw new Error(`The engine process was not healthy within ${HEALTHY_WITHIN_MS} ms:\n${this.log}`);
  }
}

/**
 * The environment of engine processes sharing one embedded store in `dir` (and its webhook secrets), each with
 * views of its own in `dir/<name>`: as several engines behind a proxy would run.
 */
export function sharedStoreEnv(dir: string, name: string): Record<string, string> {
  return {
    EVENTSTORE_SQLITE_PATH: `${dir}/events.db`,
    PROJECTIONS_SQLITE_PATH: `${dir}/${name}/projections.db`,
    WEBHOOK_SECRETS_SQLITE_PATH: `${dir}/webhook-secrets.db`,
  };
}
