import { afterEach, describe, expect, it } from '@jest/globals';
import { captureNestLogs } from '../support/captured-logs';
import { procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer, signTokensWith } from '../support/tokens';
import { dataFiles, PUBLIC_ADDRESS, snapshot, stubDns, WEBHOOK } from './webhook-support';

const FRA = bearer('member-state', 'FRA');
const NOT_PUBLIC =
  /^The webhook host "[^"]+" is or resolves to an address that is not public \(loopback, private, link-local, multicast, unspecified or reserved\); register a host reachable on the public internet\.$/;

describe('HTTP: a webhook URL the engine must not call is refused, and nothing is stored', () => {
  let t: TestApp;
  let logs: ReturnType<typeof captureNestLogs>;
  afterEach(async () => {
    await t.close();
    logs.restore();
  });

  async function start(env: Record<string, string> = {}) {
    logs = captureNestLogs();
    t = await startTestApp({ env, logger: logs.logger });
    await procedure(t).createMeeting();
    const ken = { url: 'https://93.184.215.14/hook' }; // an address literal: no DNS
    expect((await t.inject({ method: 'PUT', url: WEBHOOK, headers: bearer('member-state', 'KEN'), payload: ken })).statusCode).toBe(200);
  }

  async function expectRefused(url: string, message: RegExp, headers = FRA) {
    const before = await snapshot(t);
    const response = await t.inject({ method: 'PUT', url: WEBHOOK, headers, payload: { url } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(message),
      details: [{ field: 'url', problems: [expect.any(String)] }],
    });
    expect(await snapshot(t)).toEqual(before);
  }

  it('refuses a URL with a user name or password, and the password is nowhere: not in the answer, the data files or the logs', async () => {
    await start({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    for (const url of ['https://fra:s3cr3t-pa55@delegfrance.example.org/hook', 'https://s3cr3t-pa55@delegfrance.example.org/hook']) {
      await expectRefused(url, /^The webhook URL may not carry a user name or password; authenticate deliveries by their signature/);
    }
    expect(dataFiles(t)).not.toContain('s3cr3t-pa55');
    expect(logs.entries.filter((entry) => entry.message.includes('s3cr3t-pa55'))).toEqual([]);
  });

  it.each([
    ['loopback', 'http://127.0.0.1:8080/hook'],
    ['loopback, IPv6', 'http://[::1]/hook'],
    ['loopback, IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]/hook'],
    ['loopback, by name', 'http://localhost:8080/hook'],
    ['the cloud metadata service', 'http://169.254.169.254/latest/meta-data/'],
    ['private', 'https://10.0.0.8/hook'],
    ['private', 'https://192.168.1.1/hook'],
    ['carrier-grade NAT', 'https://100.64.1.1/hook'],
    ['IPv6 unique-local', 'https://[fd00::8]/hook'],
    ['IPv6 link-local', 'https://[fe80::1]/hook'],
    ['multicast', 'https://224.0.0.1/hook'],
    ['unspecified', 'http://0.0.0.0:3000/hook'],
  ])('refuses a %s address: %s', async (_kind, url) => {
    await start();
    await expectRefused(url, NOT_PUBLIC);
  });

  it.each(['http://2130706433/hook', 'http://0177.0.0.1/hook', 'http://0x7f.0.0.1/hook', 'http://127.1/hook'])(
    'refuses another spelling of a loopback address: %s',
    async (url) => {
      await start();
      await expectRefused(url, /^The request is not valid: url: url must be a URL address$/);
    },
  );

  it('refuses a name that resolves to a private address, or to one among public ones', async () => {
    await start();
    const dns = stubDns(t, (host) => (host === 'intranet.delegfrance.example.org' ? ['10.20.30.40'] : [PUBLIC_ADDRESS, '169.254.169.254']));
    await expectRefused('https://intranet.delegfrance.example.org/hook', NOT_PUBLIC);
    await expectRefused('https://mixed.delegfrance.example.org/hook', NOT_PUBLIC);
    expect(dns.mock.calls.map(([host]) => host)).toEqual(['intranet.delegfrance.example.org', 'mixed.delegfrance.example.org']);
  });

  it('refuses a name that does not resolve', async () => {
    await start();
    stubDns(t, () => []);
    await expectRefused(
      'https://nowhere.delegfrance.example.org/hook',
      /^The webhook host "nowhere.delegfrance.example.org" does not resolve;/,
    );
  });

  it.each(['production', 'staging', 'Production'])(
    'refuses plain http with NODE_ENV=%s (anything but development or test)',
    async (nodeEnv) => {
      const secret = 'a-production-secret-of-at-least-32-bytes-for-this-test';
      const restore = signTokensWith(secret);
      try {
        await start({ NODE_ENV: nodeEnv, AUTH_JWT_SECRET: secret });
        stubDns(t, () => [PUBLIC_ADDRESS]);
        await expectRefused('http://delegfrance.example.org/hook', /^The webhook URL must use https\.$/, bearer('member-state', 'FRA'));
      } finally {
        restore();
      }
    },
  );

  it('accepts a name whose every address is public', async () => {
    await start();
    stubDns(t, () => [PUBLIC_ADDRESS, '2606:2800:21f:cb07:6820:80da:af6b:8b2c']);
    const response = await t.inject({
      method: 'PUT',
      url: WEBHOOK,
      headers: FRA,
      payload: { url: 'https://delegfrance.example.org/hook' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ state: 'FRA', url: 'https://delegfrance.example.org/hook' });
  });
});
