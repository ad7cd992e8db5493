import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DEADLINE_SCHEDULER } from '../../src/deadlines/deadline-scheduler.port';
import { InProcessDeadlineScheduler } from '../../src/deadlines/in-process-deadline-scheduler';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/** A Member State mission's endpoint: records what it receives, answers `status`. */
async function mission(status = 200): Promise<{ url: string; received: unknown[]; close(): Promise<void> }> {
  const received: unknown[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(JSON.parse(body));
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/reminders`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('reminders before a deadline, and webhooks', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let scheduler: InProcessDeadlineScheduler;
  afterEach(() => t.close());

  async function start(env: Record<string, string> = {}) {
    // The missions below listen on the loopback interface.
    t = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true', ...env }, now: '2013-04-24T22:00:00Z' });
    p = procedure(t);
    scheduler = t.app.get(DEADLINE_SCHEDULER);
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    await p.propose('other-ngos', [org('La Strada International', 'NLD')]);
  }

  const reminders = async () =>
    (await t.store.readStream('list-trafficking-2013.other-ngos')).filter((e) => e.type === 'DeadlineReminderIssued').map((e) => e.data);

  it('records the reminders still ahead at submission, once each, and POSTs them to registered webhooks', async () => {
    await start();
    const fra = await mission();
    const registered = await p.put('/v1/member-states/me/webhook', { url: fra.url }, bearer('member-state', 'FRA'));
    expect(registered.statusCode).toBe(200);
    await p.submit('other-ngos', '2013-04-26T22:00:00Z'); // 48 hours ahead: PT72H has passed, PT24H has not

    t.clock.set('2013-04-25T22:00:00Z');
    await scheduler.runDue();
    await scheduler.runDue(); // the webhook delivery the reminder scheduled
    expect(await reminders()).toEqual([{ batch: 1, deadline: '2013-04-26T22:00:00.000Z', before: 'PT24H' }]);
    expect(fra.received).toEqual([
      expect.objectContaining({
        event: 'deadline-reminder',
        meetingId: 'trafficking-2013',
        listId: 'other-ngos',
        batch: 1,
        deadline: '2013-04-26T22:00:00.000Z',
        remindBefore: 'PT24H',
        entries: [expect.objectContaining({ organization: expect.objectContaining({ name: 'La Strada International' }) })],
      }),
    ]);
    await fra.close();
  });

  it('keeps a delivery that keeps failing as a dead letter the PGA can see', async () => {
    await start({ JOB_ATTEMPTS: '2', JOB_RETRY_BASE_MS: '10' });
    const broken = await mission(500);
    await p.put('/v1/member-states/me/webhook', { url: broken.url }, bearer('member-state', 'KEN'));
    await p.submit('other-ngos', '2013-04-26T22:00:00Z');
    t.clock.set('2013-04-25T22:00:00Z');
    await scheduler.runDue();
    await scheduler.runDue();
    for (let i = 0; i < 100 && (await scheduler.failed()).length === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
    const dead = await p.get('/v1/scheduled-jobs/failed', bearer('pga'));
    expect(dead.json().jobs).toEqual([
      expect.objectContaining({ kind: 'webhook', attempts: 2, error: expect.stringContaining('HTTP 500') }),
    ]);
    expect(broken.received.length).toBe(2);
    expect((await p.get('/v1/scheduled-jobs/failed', bearer('member-state', 'KEN'))).statusCode).toBe(403);
    await broken.close();
  });

  it('accepts only member-state webhooks, with a URL', async () => {
    await start();
    expect((await p.put('/v1/member-states/me/webhook', { url: 'not a url' }, bearer('member-state', 'FRA'))).statusCode).toBe(400);
    expect((await p.put('/v1/member-states/me/webhook', { url: 'https://a.example' }, bearer('observer', 'VAT'))).statusCode).toBe(403);
  });
});
