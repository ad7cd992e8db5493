import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { procedure } from '../support/procedure';
import { deleteKeys, PrivateRedis, scanKeys } from '../support/private-redis';
import { startTestApp, TestApp, TestResponse } from '../support/test-app';
import { bearer } from '../support/tokens';
import { stateOf } from '../support/unchanged';

const meetingState = (t: TestApp) => stateOf(t, [{ url: '/v1/meetings/trafficking-2013' }]);

const SHARED_REDIS = 'redis://127.0.0.1:6379';
const LIMITS = { RATE_LIMIT_RPM: '5', RATE_LIMIT_PUBLIC_RPM: '2' };
const MEETING_URL = '/v1/meetings/trafficking-2013';

const get = (t: TestApp, headers: Record<string, string> = {}, url = MEETING_URL) => t.inject({ method: 'GET', url, headers });

async function spend(t: TestApp, requests: number, headers: Record<string, string> = {}): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < requests; i += 1) statuses.push((await get(t, headers)).statusCode);
  return statuses;
}

function expectRateLimited(response: TestResponse, message: RegExp): void {
  expect(response.statusCode).toBe(429);
  expect(response.json()).toEqual({ statusCode: 429, code: 'RATE_LIMITED', message: expect.stringMatching(message) });
  const retryAfter = Number(response.headers['retry-after']);
  expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
  expect(response.json().message).toContain(`Try again in ${retryAfter} seconds`);
}

describe('HTTP: rate limits, counted in memory', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp({ env: LIMITS });
    await procedure(t).createMeeting();
  });
  afterEach(() => t.close());

  it('gives each caller (sub, role and State) RATE_LIMIT_RPM requests a minute, then answers 429 with Retry-After', async () => {
    const france = bearer('member-state', 'FRA', 'mission');
    expect(await spend(t, 5, france)).toEqual([200, 200, 200, 200, 200]);
    expectRateLimited(await get(t, france), /^Too many requests: 5 a minute are allowed for each caller \(RATE_LIMIT_RPM\)\./);
    expect((await get(t, bearer('member-state', 'DEU', 'mission'))).statusCode).toBe(200);
    expect((await get(t, bearer('observer', 'VAT', 'mission'))).statusCode).toBe(200);
    expect((await get(t, bearer('member-state', 'FRA', 'another-officer'))).statusCode).toBe(200);
  });

  it('refuses a command over budget before doing anything: nothing is stored, the chain and the views stay as they were', async () => {
    const pga = bearer('pga', undefined, 'busy-officer');
    expect(await spend(t, 5, pga)).toEqual([200, 200, 200, 200, 200]);
    const before = await meetingState(t);
    const payload = { id: 'hiv-aids-2021', title: 'HIV/AIDS', timezone: 'America/New_York' };
    expectRateLimited(await t.inject({ method: 'POST', url: '/v1/meetings', headers: pga, payload }), /for each caller/);
    expect(await meetingState(t)).toEqual(before);
    expect((await get(t, bearer('auditor'), '/v1/meetings/hiv-aids-2021')).statusCode).toBe(404);
  });

  it('gives requests without a valid token RATE_LIMIT_PUBLIC_RPM a minute per client address', async () => {
    const badToken = { authorization: 'Bearer not-a-jwt' };
    expect([(await get(t)).statusCode, (await get(t, badToken)).statusCode]).toEqual([401, 401]);
    expectRateLimited(
      await get(t),
      /^Too many requests: 2 a minute are allowed from each address without a valid token \(RATE_LIMIT_PUBLIC_RPM\)\./,
    );
    expectRateLimited(await get(t, badToken), /RATE_LIMIT_PUBLIC_RPM/);
    expect((await get(t, bearer('pga'))).statusCode).toBe(200);
  });

  it('never limits /health', async () => {
    for (let i = 0; i < 10; i += 1) expect((await get(t, {}, '/health')).statusCode).toBe(200);
  });
});

describe('HTTP: RATE_LIMIT_RPM=0 and RATE_LIMIT_PUBLIC_RPM=0', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ env: { RATE_LIMIT_RPM: '0', RATE_LIMIT_PUBLIC_RPM: '0' } })));
  afterAll(() => t.close());

  it('turn the limits off', async () => {
    expect(new Set(await spend(t, 20, bearer('pga')))).toEqual(new Set([404]));
    expect(new Set(await spend(t, 20))).toEqual(new Set([401]));
  });
});

describe('HTTP: rate limits, counted in Redis', () => {
  const redis = new Redis(SHARED_REDIS);
  let prefix: string;
  let apps: TestApp[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const app = await startTestApp({ env: { ...LIMITS, REDIS_URL: SHARED_REDIS, QUEUE_PREFIX: prefix, ...env } });
    apps.push(app);
    return app;
  };
  beforeEach(() => (prefix = `rate-limit-test-${randomUUID()}`));
  afterEach(async () => {
    await Promise.all(apps.map((app) => app.close()));
    apps = [];
    await deleteKeys(redis, prefix);
  });
  afterAll(() => redis.quit());

  it('shares each budget among the engine processes of one Redis and QUEUE_PREFIX, and only among them', async () => {
    const [a, b] = [await start(), await start()];
    const france = bearer('member-state', 'FRA', 'mission');
    expect([...(await spend(a, 3, france)), ...(await spend(b, 2, france))]).toEqual([404, 404, 404, 404, 404]);
    expectRateLimited(await get(a, france), /for each caller/);
    expectRateLimited(await get(b, france), /for each caller/);
    const other = await start({ QUEUE_PREFIX: `${prefix}-other` });
    expect((await get(other, france)).statusCode).toBe(404);
    await deleteKeys(redis, `${prefix}-other`);

    const [key] = await scanKeys(redis, `${prefix}:rate-limit:*`);
    expect(key).toBe(`${prefix}:rate-limit:caller:member-state:FRA:mission`);
    expect(await redis.get(key)).toBe('7');
    const ttl = await redis.pttl(key);
    expect(ttl > 0 && ttl <= 60_000).toBe(true);
  });

  it('counts in memory, without holding a request up, while Redis is away', async () => {
    const own = await PrivateRedis.start();
    try {
      const t = await startTestApp({ env: { ...LIMITS, REDIS_URL: own.url, QUEUE_PREFIX: prefix } });
      await own.kill();
      const pga = bearer('pga');
      expect(await spend(t, 5, pga)).toEqual([404, 404, 404, 404, 404]);
      expectRateLimited(await get(t, pga), /for each caller/);
      // Engines close only while their Redis answers (the deadline scheduler's connections wait for it).
      await own.restart();
      await t.close();
    } finally {
      await own.stop();
    }
  });
});
