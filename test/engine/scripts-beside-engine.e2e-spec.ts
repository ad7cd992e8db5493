import { readdirSync, readFileSync } from 'node:fs';
import { EngineProcess } from '../support/engine-process';
import { expectCompiled } from '../support/compiled';
import { runNpmScript, ScriptRun, startNpmScript, waitFor200 } from '../support/npm-script';
import { freePort } from '../support/private-redis';
import { temporaryDirectory } from '../support/temporary-directory';

/**
 * Every npm script a user is told to run, but `npm start` and `npm test`, run through npm beside the compiled
 * engine (`node dist/src/main.js`, as `npm start` leaves it): none may empty or rewrite the dist/ it serves
 * from, so `/` answers the console's HTML during and after each. `npm test` builds dist/ and the console first.
 */
const BUILT_CONSOLE_PAGE = 'dist/console/index.html';
/** Scripts that build or run what they serve or test, and may rebuild dist/: `npm start` and `npm test` and their parts. */
const MAY_REBUILD_DIST = ['start', 'start:dev', 'build', 'test', 'test:fast'];
/** Checks that write nothing at all (asserted below) and take minutes on two shared cores: not run here. */
const ONLY_READING = ['typecheck', 'lint'];

interface ScriptCase {
  args?: string[];
  env?: Record<string, string>;
  /** What the script did, checked against the engine. */
  then?: (run: ScriptRun) => Promise<void> | void;
}

describe('npm scripts beside a running engine', () => {
  const dir = temporaryDirectory();
  const store = { EVENTSTORE_SQLITE_PATH: `${dir.path}/events.db`, PROJECTIONS_SQLITE_PATH: `${dir.path}/projections.db` };
  let engine: EngineProcess;

  beforeAll(async () => {
    expectCompiled(BUILT_CONSOLE_PAGE);
    engine = await EngineProcess.start({ ...store, EVENTSTORE_CONNECTION_STRING: '', REDIS_URL: '', NODE_ENV: 'development' });
  }, 90_000);
  afterAll(async () => {
    await engine?.stop();
    dir.remove();
  });

  const scripts: Record<string, ScriptCase> = {
    token: {
      args: ['--role', 'pga'],
      then: async ({ stdout }) => {
        const token = stdout.trim().split('\n').at(-1) ?? '';
        expect((await engine.fetch('/v1/meetings', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      },
    },
    example: {
      then: async () => expect((await engine.fetch('/v1/meetings/trafficking-2013', { headers: await pga() })).status).toBe(200),
    },
    audit: { args: ['verify'], env: store, then: ({ stdout }) => expect(JSON.parse(stdout)).toMatchObject({ ok: true }) },
    openapi: {
      args: ['--out', `${dir.path}/openapi.json`],
      then: () => expect(readJson(`${dir.path}/openapi.json`)).toHaveProperty('paths'),
    },
    'docs:http': { args: ['--out', `${dir.path}/http-api.md`], then: () => expect(read(`${dir.path}/http-api.md`)).toContain('# ') },
    'console:api': { args: ['--out', `${dir.path}/schema.d.ts`], then: () => expect(read(`${dir.path}/schema.d.ts`)).toContain('paths') },
    'console:state-names': {
      args: ['--out', `${dir.path}/state-names`],
      then: () => expect(readJson(`${dir.path}/state-names/ar.json`)).toHaveProperty('states'),
    },
    'lint:openapi': {},
    bench: { args: ['--list'], then: ({ stdout }) => expect(stdout).toContain('verify.') },
    'build:console': { then: () => expect(read(BUILT_CONSOLE_PAGE)).toContain('<script') },
  };

  it.each(Object.keys(scripts))(
    'npm run %s leaves / served',
    async (name) => {
      const { args = [], env = {}, then } = scripts[name];
      const watch = watchConsole(engine);
      const run = await runNpmScript(name, args, { BASE_URL: engine.url, ...env });
      const seen = await watch.stop();
      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      await then?.(run);
      expect(seen.filter((status) => status !== 200)).toEqual([]);
      await expectConsoleServed(engine);
    },
    180_000,
  );

  it('npm run console:dev serves the console on its own port, the API from the engine, and leaves / served', async () => {
    const port = await freePort();
    const dev = startNpmScript('console:dev', ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], { ENGINE_URL: engine.url });
    try {
      expect(await (await waitFor200(`http://127.0.0.1:${port}/`, 60_000)).text()).toContain('<div id="root">');
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      await dev.stop();
    }
    await expectConsoleServed(engine);
  }, 90_000);

  it('covers every npm run the README and docs/ name, but the scripts that rebuild dist/', () => {
    const docs = readdirSync('docs')
      .filter((file) => file.endsWith('.md'))
      .map((file) => `docs/${file}`);
    const told = ['README.md', ...docs].flatMap((file) => [...read(file).matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    const covered = [...Object.keys(scripts), 'console:dev', ...ONLY_READING, ...MAY_REBUILD_DIST];
    expect([...new Set(told)].filter((name) => !covered.includes(name))).toEqual([]);
  });

  it('has no script but those of npm start and npm test run nest, or build into dist/ in place', () => {
    const { scripts: all } = readJson('package.json') as { scripts: Record<string, string> };
    const intoDist = /\bnest (build|start)\b|node dist\/|vite build(?! [^&]*--outDir \.\.\/\.build\/)/;
    const offenders = Object.entries(all).filter(([name, command]) => !MAY_REBUILD_DIST.includes(name) && intoDist.test(command));
    expect(offenders).toEqual([]);
    // typecheck and lint, left out of the runs above for their time, write nothing: tsc only checks, eslint and prettier only read.
    for (const name of ONLY_READING) expect(all[name].match(/\btsc\b(?! --noEmit)|--fix|--write/)).toBeNull();
  });

  async function pga(): Promise<Record<string, string>> {
    const { stdout } = await runNpmScript('token', ['--role', 'pga']);
    return { authorization: `Bearer ${stdout.trim().split('\n').at(-1)}` };
  }
});

/** Asks for `/` every 100 ms until stopped; resolves with every status seen (0 when the request failed). */
function watchConsole(engine: EngineProcess): { stop(): Promise<number[]> } {
  const statuses: number[] = [];
  let watching = true;
  const loop = (async () => {
    while (watching) {
      statuses.push(
        await engine.fetch('/', { headers: { accept: 'text/html' } }).then(
          (r) => r.status,
          () => 0,
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      watching = false;
      await loop;
      return statuses;
    },
  };
}

async function expectConsoleServed(engine: EngineProcess): Promise<void> {
  const page = await engine.fetch('/', { headers: { accept: 'text/html' } });
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toContain('text/html');
  expect(await page.text()).toContain('<div id="root">');
}

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function readJson(path: string): unknown {
  return JSON.parse(read(path));
}
