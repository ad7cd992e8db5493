import { join } from 'node:path';
import { expectCompiled } from '../support/compiled';
import { BUILT_CONSOLE, startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { temporaryDirectory } from '../support/temporary-directory';

/**
 * What the web console needs of the engine: the development sign-in (`POST /v1/dev/tokens`, contract
 * 1.1), the reference list of States, the list of meetings, and the console's files at `/` with an
 * index fallback for its client routes (the API keeps its JSON 404).
 */

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

describe('HTTP: the development sign-in, POST /v1/dev/tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  const make = (payload: unknown) => t.inject({ method: 'POST', url: '/v1/dev/tokens', payload });

  it('makes a token, without a token, that the engine accepts for the role and State asked for', async () => {
    const response = await make({ role: 'member-state', state: 'FRA' });
    expect(response.statusCode).toBe(201);
    const { token } = response.json();
    expect(claimsOf(token)).toMatchObject({ role: 'member-state', state: 'FRA', sub: expect.any(String) });
    const pending = await t.inject({ method: 'GET', url: '/v1/member-states/me/pending', headers: { authorization: `Bearer ${token}` } });
    expect(pending.statusCode).toBe(200);
  });

  it('gives every token an expiry 12 hours after it is made', async () => {
    const { token } = (await make({ role: 'pga' })).json();
    const { iat, exp } = claimsOf(token);
    expect(exp - iat).toBe(12 * 60 * 60);
    expect(Math.abs(iat - Date.now() / 1000)).toBeLessThan(300);
  });

  it('makes observer and auditor tokens; the auditor may read, not write', async () => {
    expect(claimsOf((await make({ role: 'observer', state: 'VAT' })).json().token)).toMatchObject({ role: 'observer', state: 'VAT' });
    const { token } = (await make({ role: 'auditor' })).json();
    const headers = { authorization: `Bearer ${token}` };
    expect((await t.inject({ method: 'GET', url: '/v1/meetings', headers })).statusCode).toBe(200);
    const write = await t.inject({ method: 'POST', url: '/v1/meetings', headers, payload: { id: 'x-2013', title: 'X', timezone: 'UTC' } });
    expect(write.statusCode).toBe(403);
  });

  it.each([
    ['an unknown role', { role: 'secretariat' }],
    ['a member-state without a State', { role: 'member-state' }],
    ['a member-state that is an observer', { role: 'member-state', state: 'VAT' }],
    ['an observer that is a Member State', { role: 'observer', state: 'FRA' }],
    ['a State that is no code', { role: 'member-state', state: 'France' }],
  ])('refuses %s with 400 VALIDATION_FAILED', async (_name, body) => {
    const response = await make(body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String) });
  });

  it('does not exist outside development and test: 404 NOT_FOUND with NODE_ENV=production', async () => {
    const production = await startTestApp({
      env: { NODE_ENV: 'production', AUTH_JWT_SECRET: 'a-production-secret-of-at-least-32-bytes!!' },
    });
    try {
      const response = await production.inject({ method: 'POST', url: '/v1/dev/tokens', payload: { role: 'pga' } });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    } finally {
      await production.close();
    }
  });
});

describe('HTTP: GET /v1/reference/states and GET /v1/meetings', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('lists the 193 Member States by name, then the three observers, without a token', async () => {
    const response = await t.inject({ method: 'GET', url: '/v1/reference/states' });
    expect(response.statusCode).toBe(200);
    const { states } = response.json();
    expect(states.filter((s: { kind: string }) => s.kind === 'member-state')).toHaveLength(193);
    expect(states).toContainEqual({
      code: 'FRA',
      name: 'France',
      kind: 'member-state',
      regionalGroup: 'Western European and Others Group',
      observer: false,
    });
    expect(states.slice(-3).map((s: { code: string }) => s.code)).toEqual(['VAT', 'PSE', 'EUU']);
    expect(states.slice(-3).every((s: object) => !('regionalGroup' in s))).toBe(true);
  });

  it('lists every meeting, the most recently created first, to any role', async () => {
    const create = async (id: string, venue?: string) => {
      const payload = { id, title: `Meeting ${id}`, timezone: 'America/New_York', ...(venue ? { venue } : {}) };
      expect((await t.inject({ method: 'POST', url: '/v1/meetings', headers: bearer('pga'), payload })).statusCode).toBe(201);
    };
    await create('first-meeting', 'United Nations Headquarters, New York');
    t.clock.advance(60_000);
    await create('second-meeting');
    const response = await t.inject({ method: 'GET', url: '/v1/meetings', headers: bearer('member-state', 'FRA') });
    expect(response.statusCode).toBe(200);
    const { meetings } = response.json();
    expect(meetings.map((m: { id: string }) => m.id)).toEqual(['second-meeting', 'first-meeting']);
    expect(meetings[1]).toEqual({
      id: 'first-meeting',
      title: 'Meeting first-meeting',
      timezone: 'America/New_York',
      venue: 'United Nations Headquarters, New York',
      createdAt: expect.stringMatching(/Z$/),
    });
    expect((await t.inject({ method: 'GET', url: '/v1/meetings' })).statusCode).toBe(401);
  });
});

describe('HTTP: the web console at /', () => {
  it('says plainly how to build the console when it was not built, and keeps the API answers', async () => {
    const empty = temporaryDirectory();
    const t = await startTestApp({ consoleRoot: empty.path });
    try {
      const page = await t.inject({ method: 'GET', url: '/', headers: HTML });
      expect(page.statusCode).toBe(503);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).toContain('npm run build');
      expect((await t.inject({ method: 'GET', url: '/meetings/new', headers: HTML })).body).toContain('npm run build');
      const api = await t.inject({ method: 'GET', url: '/v1/no-such-route', headers: HTML });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
      expect((await t.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    } finally {
      await t.close();
      empty.remove();
    }
  });

  describe('once built (npm run build; npm test builds it)', () => {
    let t: TestApp;
    beforeAll(async () => {
      expectCompiled(join(BUILT_CONSOLE, 'index.html'));
      t = await startTestApp();
    });
    afterAll(() => t?.close());

    it('serves index.html at / and at every client route that asks for HTML, never cached', async () => {
      for (const url of ['/', '/sign-in', '/meetings/new?lang=fr', '/pending']) {
        const response = await t.inject({ method: 'GET', url, headers: HTML });
        expect({ url, status: response.statusCode }).toEqual({ url, status: 200 });
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.body).toContain('<div id="root">');
        expect(response.headers['cache-control']).toBe('no-cache');
      }
    });

    it('serves the hashed assets as immutable, and 404s (JSON) an asset that does not exist', async () => {
      const index = (await t.inject({ method: 'GET', url: '/', headers: HTML })).body;
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
      expect(script).toBeDefined();
      const response = await t.inject({ method: 'GET', url: script! });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers['cache-control']).toContain('immutable');
      const missing = await t.inject({ method: 'GET', url: '/assets/no-such-file.js' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('leaves /v1, /docs, /health and /metrics to the engine, and answers no HTML to a client that wants none', async () => {
      expect((await t.inject({ method: 'GET', url: '/v1/no-such-route', headers: HTML })).json()).toMatchObject({ code: 'NOT_FOUND' });
      for (const url of ['/docs-json', '/health', '/metrics', '/v1/meetings']) {
        const response = await t.inject({ method: 'GET', url, headers: HTML });
        expect({ url, console: response.body.includes('<div id="root">') }).toEqual({ url, console: false });
      }
      const json = await t.inject({ method: 'GET', url: '/meetings', headers: { accept: 'application/json' } });
      expect(json.statusCode).toBe(404);
      expect(json.json()).toMatchObject({ code: 'NOT_FOUND' });
      const traversal = await t.inject({ method: 'GET', url: '/%2e%2e/package.json', headers: HTML });
      expect(traversal.body).not.toContain('"dependencies"');
    });
  });
});
