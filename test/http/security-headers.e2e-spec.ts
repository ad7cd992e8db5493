import { bearer } from '../support/tokens';
import { startTestApp, TestApp, TestResponse } from '../support/test-app';

const CONSOLE_POLICY = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join(';');

function expectSecurityHeaders(response: TestResponse): void {
  expect(response.headers).toMatchObject({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'content-security-policy': CONSOLE_POLICY,
  });
}

describe('HTTP: security headers and caching', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('sends the security headers on every answer: API, errors, unknown routes, health and docs', async () => {
    const answers = [
      await t.inject({ method: 'GET', url: '/v1/meetings/nowhere-2026', headers: bearer('pga') }),
      await t.inject({ method: 'POST', url: '/v1/meetings', payload: {} }),
      await t.inject({ method: 'GET', url: '/no-such-route' }),
      await t.inject({ method: 'GET', url: '/health' }),
      await t.inject({ method: 'GET', url: '/docs-json' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([404, 401, 404, 200, 200]);
    answers.forEach(expectSecurityHeaders);
  });

  it('marks every answer to a request with a bearer token no-store, refusals included', async () => {
    const answers = [
      await t.inject({ method: 'GET', url: '/v1/meetings/nowhere-2026', headers: bearer('pga') }),
      await t.inject({ method: 'POST', url: '/v1/meetings', headers: bearer('auditor'), payload: {} }),
      await t.inject({ method: 'GET', url: '/v1/member-states/me/pending', headers: { authorization: 'Bearer not-a-jwt' } }),
      await t.inject({ method: 'GET', url: '/health', headers: bearer('pga') }),
    ];
    expect(answers.map((a) => [a.statusCode, a.json().code])).toEqual([
      [404, 'NOT_FOUND'],
      [403, 'FORBIDDEN'],
      [401, 'UNAUTHENTICATED'],
      [200, undefined],
    ]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('leaves answers to requests without credentials cacheable', async () => {
    for (const url of ['/health', '/docs-json']) {
      expect((await t.inject({ method: 'GET', url })).headers['cache-control']).toBeUndefined();
    }
  });
});

describe('HTTP: API_DOCS=false', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { API_DOCS: 'false' } })));
  afterAll(() => t.close());

  it('answers /docs and /docs-json with 404 NOT_FOUND in the contract shape, and serves the API as before', async () => {
    for (const url of ['/docs', '/docs-json', '/docs/swagger-ui-init.js']) {
      const answer = await t.inject({ method: 'GET', url });
      expect({ url, status: answer.statusCode, body: answer.json() }).toEqual({
        url,
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: expect.stringMatching(/\S/) },
      });
    }
    expect((await t.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});
