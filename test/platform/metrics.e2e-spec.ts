import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DEADLINE_SCHEDULER } from '../../src/deadlines/deadline-scheduler.port';
import { InProcessDeadlineScheduler } from '../../src/deadlines/in-process-deadline-scheduler';
import { org, procedure } from '../support/procedure';
import { parsePrometheusText, valueOf } from '../support/prometheus-text';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

const LIST_ROUTE = '/v1/meetings/:meetingId/lists/:listId';

/** A mission's webhook endpoint that answers `status` to every delivery. */
async function endpoint(status: number): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => request.resume().on('end', () => response.writeHead(status).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('GET /metrics', () => {
  let t: TestApp;
  afterEach(() => t.close());

  const scrape = async (headers: Record<string, string> = {}) => {
    const response = await t.inject({ method: 'GET', url: '/metrics', headers });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    return parsePrometheusText(response.body);
  };

  it('counts commands by type and outcome, requests by route pattern and status, and times both and the appends', async () => {
    t = await startTestApp({ now: '2013-04-20T12:00:00Z' });
    const p = procedure(t);
    const before = (await scrape()).samples;
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    const [entryId] = await p.propose('other-ngos', [org('La Strada International', 'NLD')]);
    await p.submit('other-ngos', '2013-04-26T22:00:00Z');
    expect((await p.object('other-ngos', entryId, 'FRA')).statusCode).toBe(201);
    expect((await p.object('other-ngos', entryId, 'FRA')).statusCode).toBe(409);
    await p.list('other-ngos');
    await p.get('/v1/meetings/no-such-meeting/lists/other-ngos');
    await t.inject({ method: 'GET', url: '/no/such/route/1234' });

    const { samples, types } = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) => valueOf(samples, name, labels) - valueOf(before, name, labels);
    expect(moved('nihil_obstat_commands_total', { command: 'RaiseObjection', outcome: 'accepted' })).toBe(1);
    expect(moved('nihil_obstat_commands_total', { command: 'RaiseObjection', outcome: 'rejected' })).toBe(1);
    expect(moved('nihil_obstat_commands_total', { command: 'CreateList', outcome: 'accepted' })).toBe(1);
    expect(moved('nihil_obstat_command_duration_seconds_count', { command: 'RaiseObjection' })).toBe(2);
    expect(moved('nihil_obstat_http_requests_total', { route: `${LIST_ROUTE}/entries/:entryId/objections`, status: '201' })).toBe(1);
    expect(moved('nihil_obstat_http_requests_total', { route: `${LIST_ROUTE}/entries/:entryId/objections`, status: '409' })).toBe(1);
    expect(moved('nihil_obstat_http_requests_total', { route: LIST_ROUTE, status: '200' })).toBe(1);
    expect(moved('nihil_obstat_http_requests_total', { route: LIST_ROUTE, status: '404' })).toBe(1);
    expect(moved('nihil_obstat_http_requests_total', { route: 'unmatched', status: '404' })).toBe(1);
    expect(moved('nihil_obstat_http_request_duration_seconds_count', { route: LIST_ROUTE })).toBe(2);
    // meeting, list, entries, batch, objection: one append each (the refused objection wrote nothing).
    expect(moved('nihil_obstat_append_duration_seconds_count')).toBe(5);
    expect(types.get('nihil_obstat_append_duration_seconds')).toBe('histogram');
    // No raw URL ever becomes a label, and scrapes do not count themselves.
    const routes = samples.filter((s) => s.name === 'nihil_obstat_http_requests_total').map((s) => s.labels.route);
    expect(routes.filter((route) => /no-such|trafficking|other-ngos|\/metrics/.test(route))).toEqual([]);
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
  });

  it('shows projection lag and scheduled jobs at each scrape, and deadline lag and webhook deliveries as they happen', async () => {
    t = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true' }, now: '2013-04-24T22:00:00Z' });
    const p = procedure(t);
    const scheduler = t.app.get<InProcessDeadlineScheduler>(DEADLINE_SCHEDULER);
    const [fra, deu] = [await endpoint(200), await endpoint(500)];
    try {
      expect((await p.put('/v1/member-states/me/webhook', { url: fra.url }, bearer('member-state', 'FRA'))).statusCode).toBe(200);
      expect((await p.put('/v1/member-states/me/webhook', { url: deu.url }, bearer('member-state', 'DEU'))).statusCode).toBe(200);
      await p.createMeeting();
      await p.createList('other-ngos', 'non-objection');
      await p.propose('other-ngos', [org('La Strada International', 'NLD')]);
      await p.submit('other-ngos', '2013-04-26T22:00:00Z');

      let { samples } = await scrape();
      const projections = samples.filter((s) => s.name === 'nihil_obstat_projection_lag_events');
      expect(projections.length).toBeGreaterThan(3);
      expect(projections.every((s) => s.value === 0)).toBe(true);
      expect(valueOf(samples, 'nihil_obstat_projection_lag_seconds', { projection: projections[0].labels.projection })).toBe(0);
      // The closure and the PT24H reminder wait for their time.
      expect(valueOf(samples, 'nihil_obstat_scheduled_jobs', { state: 'delayed' })).toBe(2);
      expect(valueOf(samples, 'nihil_obstat_scheduled_jobs', { state: 'failed' })).toBe(0);

      t.clock.set('2013-04-25T22:00:00Z');
      await scheduler.runDue(); // the reminder, which schedules one delivery per webhook
      await scheduler.runDue(); // the deliveries: France's endpoint takes it, Germany's answers 500
      t.clock.set('2013-04-26T22:01:30Z');
      await scheduler.runDue();
      expect((await p.list('other-ngos')).batches[0].status).toBe('closed');

      ({ samples } = await scrape());
      // The in-process scheduler's own timer may also fire a delivery due at once: at least one each.
      expect(valueOf(samples, 'nihil_obstat_webhook_deliveries_total', { outcome: 'delivered' })).toBeGreaterThanOrEqual(1);
      expect(valueOf(samples, 'nihil_obstat_webhook_deliveries_total', { outcome: 'failed' })).toBeGreaterThanOrEqual(1);
      expect(valueOf(samples, 'nihil_obstat_deadline_lag_seconds_count')).toBe(1);
      expect(valueOf(samples, 'nihil_obstat_deadline_lag_seconds_sum')).toBe(90);
      expect(valueOf(samples, 'nihil_obstat_deadline_lag_seconds_bucket', { le: '60' })).toBe(0);
      expect(valueOf(samples, 'nihil_obstat_deadline_lag_seconds_bucket', { le: '300' })).toBe(1);
    } finally {
      await fra.close();
      await deu.close();
    }
  });

  it('with METRICS_TOKEN, answers only a scraper that presents it, in the contract error shape', async () => {
    t = await startTestApp({ env: { METRICS_TOKEN: 'scrape-secret-0123456789' } });
    for (const headers of [{}, { authorization: 'Bearer wrong' }, bearer('pga'), { authorization: 'scrape-secret-0123456789' }]) {
      const refused = await t.inject({ method: 'GET', url: '/metrics', headers });
      expect(refused.statusCode).toBe(401);
      expect(refused.json()).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: expect.stringContaining('METRICS_TOKEN') });
    }
    const { samples } = await scrape({ authorization: 'Bearer scrape-secret-0123456789' });
    expect(samples.some((s) => s.name === 'nihil_obstat_scheduled_jobs')).toBe(true);
  });

  it('is never rate limited', async () => {
    t = await startTestApp({ env: { RATE_LIMIT_PUBLIC_RPM: '2' } });
    for (let i = 0; i < 5; i += 1) await scrape();
    expect((await t.inject({ method: 'GET', url: '/v1/reference/states' })).statusCode).toBe(200);
  });
});
