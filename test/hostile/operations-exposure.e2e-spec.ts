import { jest } from '@jest/globals';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from '../../src/deadlines/deadline-scheduler.port';
import { EVENT_STORE, EventStore } from '../../src/event-store/event-store.port';
import { loadConfig } from '../../src/platform/config';
import { captureNestLogs } from '../support/captured-logs';
import { startTestApp, TestApp } from '../support/test-app';

const PRODUCTION = { NODE_ENV: 'production', AUTH_JWT_SECRET: 'p'.repeat(64) };
const TOKEN = 't'.repeat(48);

describe('what /metrics and /health give a stranger', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it('answers /metrics 404 in production without METRICS_TOKEN, like a route that does not exist', async () => {
    t = await startTestApp({ env: PRODUCTION });
    const response = await t.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: 'Cannot GET /metrics' });
  });

  it('answers every wrong token 401 in production with METRICS_TOKEN, and the right one 200', async () => {
    t = await startTestApp({ env: { ...PRODUCTION, METRICS_TOKEN: TOKEN } });
    for (const guess of ['', 't', TOKEN.slice(1), `${TOKEN}t`, TOKEN.toUpperCase()]) {
      const response = await t.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${guess}` } });
      expect(response.statusCode).toBe(401);
    }
    const scraped = await t.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.statusCode).toBe(200);
  });

  it('refuses to start in production with a METRICS_TOKEN short enough to guess', () => {
    expect(() => loadConfig({ ...PRODUCTION, METRICS_TOKEN: 'x'.repeat(31) })).toThrow(/METRICS_TOKEN must be at least 32 characters/);
    expect(loadConfig({ ...PRODUCTION, METRICS_TOKEN: TOKEN }).metrics.token).toBe(TOKEN);
    expect(loadConfig({ NODE_ENV: 'test', METRICS_TOKEN: 'short' }).metrics.token).toBe('short');
  });

  it("keeps the store's and the scheduler's errors (hosts, addresses) in the log, out of /health's answer", async () => {
    const logs = captureNestLogs();
    try {
      t = await startTestApp({ logger: logs.logger });
      const store = t.app.get<EventStore>(EVENT_STORE);
      const scheduler = t.app.get<DeadlineScheduler>(DEADLINE_SCHEDULER);
      const pinged = jest.spyOn(store, 'ping').mockRejectedValue(new Error('connect ECONNREFUSED 10.20.30.40:5432'));
      const healthOf = jest.spyOn(scheduler, 'health');
      healthOf.mockResolvedValue({
        kind: 'bullmq',
        up: false,
        waiting: 0,
        delayed: 0,
        failed: 0,
        message: 'getaddrinfo ENOTFOUND redis.internal',
      });
      const first = await t.inject({ method: 'GET', url: '/health' });
      await t.inject({ method: 'GET', url: '/health' });
      expect(first.statusCode).toBe(503);
      expect(first.body).not.toMatch(/10\.20\.30\.40|redis\.internal|ECONNREFUSED|ENOTFOUND/);
      expect(first.json().error).toMatchObject({
        eventStore: { status: 'down', message: "does not answer (see the engine's log)" },
        deadlines: { status: 'down', message: "scheduler unavailable (see the engine's log)" },
      });
      const logged = logs.entries.filter((entry) => entry.context === 'Health').map((entry) => entry.message);
      // Each outage once, however often the proxy asks.
      expect(logged.sort()).toEqual([
        'deadlines is down: getaddrinfo ENOTFOUND redis.internal',
        'eventStore is down: connect ECONNREFUSED 10.20.30.40:5432',
      ]);
      pinged.mockRestore();
      healthOf.mockRestore();
      expect((await t.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    } finally {
      logs.restore();
    }
  });
});
