import { ChildProcess, spawn } from 'node:child_process';

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment a script gets: the test's, without Jest's NODE_OPTIONS, with `env` over it. */
function scriptEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env;
  return { ...inherited, LOG_LEVEL: 'silent', ...env };
}

/** `npm run --silent <name> -- <args>` in the repository, as a user types it; resolves when it exits. */
export function runNpmScript(name: string, args: string[] = [], env: Record<string, string> = {}): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', name, '--', ...args], { env: scriptEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A long-running `npm run <name> -- <args>` (a dev server), in a process group of its own so it can be stopped whole. */
export function startNpmScript(name: string, args: string[], env: Record<string, string>): { child: ChildProcess; stop(): Promise<void> } {
  const child = spawn('npm', ['run', '--silent', name, '--', ...args], { env: scriptEnv(env), detached: true, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  return { child, stop };
}

/** Waits until `url` answers 200; throws after `withinMs`. */
export async function waitFor200(url: string, withinMs: number): Promise<Response> {
  const until = Date.now() + withinMs;
  while (Date.now() < until) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.status === 200) return response;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer 200 within ${withinMs} ms`);
}
