import { startTestApp, TestApp } from '../support/test-app';
import { expectContractError, sendRaw } from './hostile-support';

/**
 * The test app listens on 127.0.0.1, so every request's peer is 127.0.0.1: here the reverse proxy. Requests carry no
 * token, so each spends its client address's budget (RATE_LIMIT_PUBLIC_RPM, 2 here); X-Forwarded-For says which client.
 */
const PUBLIC_RPM = '2';

const CLIENT_A = '203.0.113.7';
const CLIENT_B = '198.51.100.9';

/** A request without a token (401 while the address has budget, 429 once spent), forwarded for `forwardedFor`. */
const ask = (t: TestApp, forwardedFor?: string) =>
  sendRaw(t, { method: 'GET', url: '/v1/meetings/none', headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });

async function statuses(t: TestApp, forwardedFor: string | undefined, requests: number): Promise<number[]> {
  const answers: number[] = [];
  for (let i = 0; i < requests; i += 1) answers.push((await ask(t, forwardedFor)).statusCode);
  return answers;
}

async function expectSpent(t: TestApp, forwardedFor?: string): Promise<void> {
  const refused = await ask(t, forwardedFor);
  expectContractError(refused, 429, 'RATE_LIMITED');
  expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
}

describe('two clients behind a trusted proxy (TRUST_PROXY names it)', () => {
  let t: TestApp;
  beforeEach(async () => (t = await startTestApp({ env: { RATE_LIMIT_PUBLIC_RPM: PUBLIC_RPM, TRUST_PROXY: '127.0.0.1,10.0.0.0/8' } })));
  afterEach(() => t.close());

  it('gives each client its own public budget', async () => {
    expect(await statuses(t, CLIENT_A, 2)).toEqual([401, 401]);
    await expectSpent(t, CLIENT_A);
    expect(await statuses(t, CLIENT_B, 2)).toEqual([401, 401]);
    await expectSpent(t, CLIENT_B);
    expect(await statuses(t, undefined, 2)).toEqual([401, 401]);
  });

  it("takes the rightmost address that is not a trusted proxy: what a client writes to the header's left is not its address", async () => {
    // The proxy appends the address it received from: A pretends to be B, and spends its own budget.
    expect(await statuses(t, `${CLIENT_B}, ${CLIENT_A}`, 2)).toEqual([401, 401]);
    await expectSpent(t, `${CLIENT_B}, ${CLIENT_A}`);
    await expectSpent(t, CLIENT_A);
    // Through a second trusted proxy (10.0.0.0/8) in front of the first, A is still A.
    await expectSpent(t, `${CLIENT_A}, 10.1.2.3`);
    expect(await statuses(t, CLIENT_B, 2)).toEqual([401, 401]);
  });

  it('counts an IPv6 client with its /64, as one client holds a whole /64', async () => {
    expect(await statuses(t, '2001:db8:1:2::1', 1)).toEqual([401]);
    expect(await statuses(t, '2001:db8:1:2:ffff::9', 1)).toEqual([401]);
    await expectSpent(t, '2001:db8:1:2::1');
    expect(await statuses(t, '2001:db8:1:3::1', 2)).toEqual([401, 401]);
  });
});

describe('X-Forwarded-For from a peer that is not a trusted proxy', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it.each([
    ['TRUST_PROXY unset', {}],
    ['TRUST_PROXY naming another proxy', { TRUST_PROXY: '10.0.0.5' }],
  ])("is ignored with %s: every forged address spends the peer's one budget", async (_, env: Record<string, string>) => {
    t = await startTestApp({ env: { RATE_LIMIT_PUBLIC_RPM: PUBLIC_RPM, ...env } });
    expect([(await ask(t, CLIENT_A)).statusCode, (await ask(t, CLIENT_B)).statusCode]).toEqual([401, 401]);
    await expectSpent(t, '192.0.2.1');
    await expectSpent(t);
  });
});
