import { spawnSync } from 'node:child_process';
import { expectCompiled } from '../support/compiled';
import { startTestApp, TestApp } from '../support/test-app';

/** `npm run token` (the compiled scripts/make-token.js) mints tokens that the engine accepts. */
const SCRIPT = 'dist/scripts/make-token.js';

function makeToken(...args: string[]) {
  const { NODE_OPTIONS: _jestOnly, ...env } = process.env;
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { env: { ...env, AUTH_JWT_SECRET: '' }, encoding: 'utf8' });
  return { status: run.status, token: run.stdout.trim(), stderr: run.stderr };
}

describe('npm run token', () => {
  let t: TestApp;
  beforeAll(async () => {
    expectCompiled(SCRIPT);
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('mints a token with iat and an exp 12 hours later, which the engine accepts', async () => {
    const made = makeToken('--role', 'member-state', '--state', 'FRA');
    expect(made.status).toBe(0);
    const claims = JSON.parse(Buffer.from(made.token.split('.')[1], 'base64url').toString()) as { iat: number; exp: number };
    expect(claims.exp - claims.iat).toBe(12 * 3600);
    const pending = await t.inject({
      method: 'GET',
      url: '/v1/member-states/me/pending',
      headers: { authorization: `Bearer ${made.token}` },
    });
    expect(pending.statusCode).toBe(200);
  });

  it('refuses to mint a token that would live longer than AUTH_MAX_TOKEN_LIFETIME_MS', () => {
    const made = makeToken('--role', 'pga', '--hours', '13');
    expect(made.status).toBe(2);
    expect(made.token).toBe('');
    expect(made.stderr).toContain('--hours must be more than 0 and at most 12 (AUTH_MAX_TOKEN_LIFETIME_MS)');
  });
});
