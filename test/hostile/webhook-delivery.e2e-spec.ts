import { afterEach, describe, expect, it } from '@jest/globals';
import { Webhook } from 'standardwebhooks';
import { DEADLINE_SCHEDULER } from '../../src/deadlines/deadline-scheduler.port';
import { InProcessDeadlineScheduler } from '../../src/deadlines/in-process-deadline-scheduler';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { Delivery, PUBLIC_ADDRESS, receiver, ROTATION, stubDns, WEBHOOK } from './webhook-support';

const FRA = bearer('member-state', 'FRA');

/** What a mission does with a delivery: `Webhook.verify` throws unless the signature and timestamp hold. */
const verify = (secret: string, { body, headers }: Delivery) => new Webhook(secret).verify(body, headers as Record<string, string>);

describe('webhook deliveries: signed, to the checked address only, never redirected', () => {
  let t: TestApp;
  let scheduler: InProcessDeadlineScheduler;
  const closing: Array<() => Promise<void>> = [];
  afterEach(async () => {
    await t.close();
    for (const close of closing.splice(0)) await close();
  });

  /** One failed attempt is final, so that a refused delivery shows at once among the failed jobs. */
  async function start(env: Record<string, string> = {}) {
    t = await startTestApp({ env: { JOB_ATTEMPTS: '1', ...env }, now: '2013-04-24T22:00:00Z' });
    scheduler = t.app.get(DEADLINE_SCHEDULER);
    const p = procedure(t);
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    await p.propose('other-ngos', [org('La Strada International', 'NLD')]);
  }

  async function mission(options: Parameters<typeof receiver>[0] = {}) {
    const endpoint = await receiver(options);
    closing.push(endpoint.close);
    return endpoint;
  }

  async function register(url: string): Promise<string | undefined> {
    const response = await t.inject({ method: 'PUT', url: WEBHOOK, headers: FRA, payload: { url } });
    expect(response.statusCode).toBe(200);
    return response.json().secret as string | undefined;
  }

  /** Submits a batch due in 48 hours and runs the 24-hour reminder, then the delivery it schedules. */
  async function remind(): Promise<void> {
    await procedure(t).submit('other-ngos', '2013-04-26T22:00:00Z');
    t.clock.set('2013-04-25T22:00:00Z');
    await scheduler.runDue();
    await scheduler.runDue();
  }

  const failures = async () => (await scheduler.failed()).map(({ kind, error }) => ({ kind, error }));

  it('signs each delivery by Standard Webhooks; the mission verifies it with the secret it was given', async () => {
    await start({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    const verifying: { secret?: string } = {};
    const fra = await mission(verifying);
    // A name only the engine's resolver knows: the delivery reaches the mission only through the address it checked.
    stubDns(t, (host) => (host === 'reminders.delegfrance.test' ? ['127.0.0.1'] : []));
    const secret = (await register(`http://reminders.delegfrance.test:${fra.port}/un`))!;
    verifying.secret = secret;
    await remind();

    expect(await failures()).toEqual([]); // the mission verified it, or it would have answered 400
    expect(fra.received).toHaveLength(1);
    const [delivery] = fra.received;
    expect(delivery.headers).toMatchObject({
      host: `reminders.delegfrance.test:${fra.port}`,
      'content-type': 'application/json',
      'webhook-id': expect.stringMatching(/^msg_[0-9a-f]{32}$/),
      'webhook-timestamp': expect.stringMatching(/^\d+$/),
      'webhook-signature': expect.stringMatching(/^v1,[A-Za-z0-9+/]{43}=$/),
    });
    expect(verify(secret, delivery)).toMatchObject({ event: 'deadline-reminder', meetingId: 'trafficking-2013', batch: 1 });
    const forged = { ...delivery, body: delivery.body.replace('La Strada International', 'Someone Else') };
    expect(() => verify(secret, forged)).toThrow('No matching signature found');
  });

  it('signs with the new secret once rotated, and the old one verifies nothing more', async () => {
    await start({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    const fra = await mission();
    const old = (await register(`http://127.0.0.1:${fra.port}/un`))!;
    const rotation = await t.inject({ method: 'POST', url: ROTATION, headers: FRA });
    const { secret } = rotation.json() as { secret: string };
    await remind();

    expect(fra.received).toHaveLength(1);
    expect(verify(secret, fra.received[0])).toMatchObject({ event: 'deadline-reminder' });
    expect(() => verify(old, fra.received[0])).toThrow('No matching signature found');
  });

  it('fails a delivery that the mission cannot verify (it kept a secret since rotated)', async () => {
    await start({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    const verifying: { secret?: string } = {};
    const fra = await mission(verifying);
    verifying.secret = await register(`http://127.0.0.1:${fra.port}/un`);
    await t.inject({ method: 'POST', url: ROTATION, headers: FRA });
    await remind();

    expect(fra.received).toHaveLength(1);
    expect(await failures()).toEqual([{ kind: 'webhook', error: `http://127.0.0.1:${fra.port}/un answered HTTP 400` }]);
  });

  it('does not follow a redirect: a 3xx is a failed delivery', async () => {
    await start({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    const elsewhere = await mission();
    const redirecting = await mission({ status: 307, location: `http://127.0.0.1:${elsewhere.port}/metadata` });
    await register(`http://127.0.0.1:${redirecting.port}/un`);
    await remind();

    expect(redirecting.received).toHaveLength(1);
    expect(elsewhere.received).toEqual([]);
    expect(await failures()).toEqual([
      { kind: 'webhook', error: `http://127.0.0.1:${redirecting.port}/un answered HTTP 307, a redirect; deliveries never follow one` },
    ]);
  });

  it('keeps the query of a webhook URL (a token of the State) out of the failure it records and logs', async () => {
    await start({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    const refusing = await mission({ status: 500 });
    await register(`http://127.0.0.1:${refusing.port}/un?token=s3cret-query-token&box=FRA`);
    await remind();

    expect(refusing.received).toHaveLength(1);
    expect(await failures()).toEqual([
      { kind: 'webhook', error: `http://127.0.0.1:${refusing.port}/un?token=***&box=*** answered HTTP 500` },
    ]);
  });

  it.each([
    ['a private address', ['127.0.0.1']],
    ['a private address among public ones', [PUBLIC_ADDRESS, '127.0.0.1']],
  ])('does not deliver to a name that resolved to a public address at registration and to %s now (DNS rebinding)', async (_, now) => {
    await start();
    const fra = await mission();
    stubDns(t, (_host, call) => (call === 0 ? [PUBLIC_ADDRESS] : now));
    expect(await register(`http://rebinding.delegfrance.test:${fra.port}/un`)).toMatch(/^whsec_/);
    await remind();

    expect(fra.received).toEqual([]);
    expect(await failures()).toEqual([
      {
        kind: 'webhook',
        error: `rebinding.delegfrance.test now resolves to an address that is not public (127.0.0.1); not delivered`,
      },
    ]);
  });
});
