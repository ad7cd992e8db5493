import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { captureNestLogs } from '../support/captured-logs';
import { startTestApp, TestApp, TestResponse } from '../support/test-app';
import { bearer } from '../support/tokens';
import { dataFiles, PUBLIC_ADDRESS, ROTATION, snapshot, stubDns, WEBHOOK } from './webhook-support';

const FRA = bearer('member-state', 'FRA');
const SECRET = /^whsec_[A-Za-z0-9+/]{43}=$/;
const fingerprintOf = (secret: string) => `sha256:${createHash('sha256').update(secret).digest('hex').slice(0, 32)}`;

describe('HTTP: the signing secret of a State, shown once, kept outside the log', () => {
  let t: TestApp;
  let logs: ReturnType<typeof captureNestLogs>;
  beforeEach(async () => {
    logs = captureNestLogs();
    t = await startTestApp({ logger: logs.logger });
    stubDns(t, () => [PUBLIC_ADDRESS]);
  });
  afterEach(async () => {
    await t.close();
    logs.restore();
  });

  const register = (url = 'https://delegfrance.example.org/hook', headers: Record<string, string> = {}) =>
    t.inject({ method: 'PUT', url: WEBHOOK, headers: { ...FRA, ...headers }, payload: { url } });
  const rotate = (headers: Record<string, string> = {}) => t.inject({ method: 'POST', url: ROTATION, headers: { ...FRA, ...headers } });
  const memberStateEvents = async () => (await t.store.readStream('member-state-FRA')).map(({ type, data }) => ({ type, data }));
  const auditExport = async () => (await t.inject({ method: 'GET', url: '/v1/audit/events', headers: bearer('auditor') })).body;

  /** The secret is in its own file, and in no other file, log line or audit export. */
  async function expectKeptApart(secret: string) {
    expect(dataFiles(t, /^(?!webhook-secrets)/)).toContain(secret);
    expect(dataFiles(t, /^webhook-secrets/)).not.toContain(secret);
    expect(await auditExport()).not.toContain('whsec_');
    expect(logs.entries.filter((entry) => entry.message.includes('whsec_'))).toEqual([]);
  }

  it('answers the secret at the first registration only, and records its fingerprint', async () => {
    const first = await register();
    expect(first.statusCode).toBe(200);
    const { secret } = first.json();
    expect(secret).toMatch(SECRET);
    expect(first.json()).toEqual({ state: 'FRA', url: 'https://delegfrance.example.org/hook', secret, position: expect.any(String) });

    for (const again of [await register(), await register('https://delegfrance.example.org/v2')]) {
      expect(again.statusCode).toBe(200);
      expect(again.json()).not.toHaveProperty('secret');
    }
    expect(await memberStateEvents()).toEqual([
      { type: 'WebhookRegistered', data: { state: 'FRA', url: 'https://delegfrance.example.org/hook' } },
      { type: 'WebhookSecretRotated', data: { state: 'FRA', fingerprint: fingerprintOf(secret) } },
      { type: 'WebhookRegistered', data: { state: 'FRA', url: 'https://delegfrance.example.org/v2' } },
    ]);
    await expectKeptApart(secret);
  });

  it('rotates the secret: a new one, shown once; the log names both by fingerprint; the old one is forgotten', async () => {
    const { secret: old } = (await register()).json();
    const rotation = await rotate();
    expect(rotation.statusCode).toBe(200);
    const { secret } = rotation.json();
    expect(rotation.json()).toEqual({ state: 'FRA', secret, position: expect.any(String) });
    expect(secret).toMatch(SECRET);
    expect(secret).not.toBe(old);
    expect((await memberStateEvents()).at(-1)).toEqual({
      type: 'WebhookSecretRotated',
      data: { state: 'FRA', fingerprint: fingerprintOf(secret), replaces: fingerprintOf(old) },
    });
    await expectKeptApart(secret);
    expect(dataFiles(t)).not.toContain(old);
  });

  it('answers a repeat with the same Idempotency-Key without the secret, and rotates once', async () => {
    const key = { 'idempotency-key': 'rotate-2013-04-24' };
    await register('https://delegfrance.example.org/hook', key);
    const first = await rotate(key);
    const events = await t.eventCount();
    const repeat = await rotate(key);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toEqual({ state: 'FRA', position: first.json().position });
    expect(await t.eventCount()).toBe(events);
    await expectKeptApart(first.json().secret);

    const again = await register('https://delegfrance.example.org/hook', key);
    expect(again.json()).not.toHaveProperty('secret');
  });

  it('refuses a rotation before any registration, saying what to do, and stores nothing', async () => {
    const before = await snapshot(t);
    const refused: TestResponse = await rotate();
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      statusCode: 409,
      code: 'INVALID_STATE',
      message: 'This State has no webhook yet; register one with PUT /v1/member-states/me/webhook, which issues its secret.',
    });
    expect(await snapshot(t)).toEqual(before);
    expect(dataFiles(t)).not.toContain('whsec_');
  });
});
