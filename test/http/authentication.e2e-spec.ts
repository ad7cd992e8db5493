import { JwtService } from '@nestjs/jwt';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config';
import { procedure } from '../support/procedure';
import { startTestApp, TestApp, TestResponse } from '../support/test-app';
import { stateOf } from '../support/unchanged';

const meetingState = (t: TestApp) => stateOf(t, [{ url: '/v1/meetings/trafficking-2013' }]);

const jwt = new JwtService({ secret: DEVELOPMENT_JWT_SECRET, signOptions: { algorithm: 'HS256' } });
const nowSeconds = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;
const pga = { sub: 'pga-user', role: 'pga' };
const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const meeting = { id: 'sixth-committee-2026', title: 'Sixth Committee', timezone: 'America/New_York' };

function expectUnauthenticated(response: TestResponse, message: RegExp): void {
  expect(response.statusCode).toBe(401);
  expect(response.json()).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: expect.stringMatching(message) });
}

describe('HTTP: tokens must expire, and soon enough', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await procedure(t).createMeeting();
  });
  afterAll(() => t.close());

  const create = (token: string) => t.inject({ method: 'POST', url: '/v1/meetings', headers: auth(token), payload: meeting });

  it('refuses a token without "exp", saying so, and stores nothing', async () => {
    const before = await meetingState(t);
    expectUnauthenticated(
      await create(jwt.sign(pga)),
      /^The token was refused: it has no "exp" claim; tokens must expire, at most 12 hours after/,
    );
    expect(await meetingState(t)).toEqual(before);
  });

  it('refuses a token that lives longer than AUTH_MAX_TOKEN_LIFETIME_MS from its "iat", saying how long', async () => {
    const before = await meetingState(t);
    const token = jwt.sign({ ...pga, iat: nowSeconds() - HOUR, exp: nowSeconds() + 12 * HOUR });
    expectUnauthenticated(
      await create(token),
      /it lives 13 hours from "iat" to "exp", longer than the 12 hours the engine accepts \(AUTH_MAX_TOKEN_LIFETIME_MS\)/,
    );
    expect(await meetingState(t)).toEqual(before);
  });

  it('counts the lifetime of a token without "iat", or with one in the future, from now', async () => {
    const before = await meetingState(t);
    const withoutIat = jwt.sign({ ...pga, exp: nowSeconds() + 13 * HOUR }, { noTimestamp: true });
    expectUnauthenticated(await create(withoutIat), /from now \(it has no "iat"\) to "exp", longer than the 12 hours/);
    const futureIat = jwt.sign({ ...pga, iat: nowSeconds() + 10 * 24 * HOUR, exp: nowSeconds() + 10 * 24 * HOUR + HOUR });
    expectUnauthenticated(await create(futureIat), /longer than the 12 hours the engine accepts/);
    expect(await meetingState(t)).toEqual(before);
  });

  it('accepts a token of exactly the longest lifetime, and one without "iat" that expires within it', async () => {
    const longest = jwt.sign(pga, { expiresIn: 12 * HOUR });
    expect((await t.inject({ method: 'GET', url: '/v1/meetings/trafficking-2013', headers: auth(longest) })).statusCode).toBe(200);
    const withoutIat = jwt.sign({ ...pga, exp: nowSeconds() + HOUR }, { noTimestamp: true });
    expect((await create(withoutIat)).statusCode).toBe(201);
  });

  it('refuses a token once it expires, though it was accepted (and remembered) before', async () => {
    const exp = nowSeconds() + 2;
    const token = jwt.sign({ ...pga, exp });
    const read = () => t.inject({ method: 'GET', url: '/v1/meetings', headers: auth(token) });
    expect((await read()).statusCode).toBe(200);
    expect((await read()).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    expectUnauthenticated(await read(), /^The token was refused: jwt expired\.$/);
  });
});

describe('HTTP: AUTH_MAX_TOKEN_LIFETIME_MS', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { AUTH_MAX_TOKEN_LIFETIME_MS: String(15 * 60_000) } })));
  afterAll(() => t.close());

  it('bounds the lifetime it names', async () => {
    const before = await t.eventCount();
    const hour = await t.inject({
      method: 'POST',
      url: '/v1/meetings',
      headers: auth(jwt.sign(pga, { expiresIn: HOUR })),
      payload: meeting,
    });
    expectUnauthenticated(hour, /it lives 1 hour from "iat" to "exp", longer than the 15 minutes the engine accepts/);
    expect(await t.eventCount()).toBe(before);
    const quarter = await t.inject({
      method: 'POST',
      url: '/v1/meetings',
      headers: auth(jwt.sign(pga, { expiresIn: 900 })),
      payload: meeting,
    });
    expect(quarter.statusCode).toBe(201);
  });
});
