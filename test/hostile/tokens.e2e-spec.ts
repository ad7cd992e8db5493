import { createHmac } from 'node:crypto';
import { DEVELOPMENT_JWT_SECRET } from '../../src/platform/config';
import { startTestApp, TestApp } from '../support/test-app';
import { expectContractError, expectHealthy, sendRaw } from './hostile-support';

const base64url = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function signed(payload: object, secret = DEVELOPMENT_JWT_SECRET, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

const now = () => Math.floor(Date.now() / 1000);
const pga = { sub: 'pga-officer-1', role: 'pga' };

/** Roles on each route are covered by test/http/roles.e2e-spec.ts; these are tokens no route may accept. */
describe('forged and stale tokens: 401 in the contract shape, nothing stored', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(async () => {
    expect(await t.eventCount()).toBe(0);
    await expectHealthy(t);
    await t.close();
  });

  const meeting = JSON.stringify({ id: 'forged-2013', title: 'Forged', timezone: 'UTC' });
  const createWith = (authorization: string) =>
    sendRaw(t, { method: 'POST', url: '/v1/meetings', headers: { authorization, 'content-type': 'application/json' }, body: meeting });

  it.each([
    ['a wrong signature', `Bearer ${signed(pga, 'not-the-secret')}`],
    ['alg none', `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(pga)}.`],
    ['alg none with a signature', `Bearer ${signed(pga, DEVELOPMENT_JWT_SECRET, { alg: 'none' })}`],
    ['HS512 instead of HS256', `Bearer ${base64url({ alg: 'HS512' })}.${base64url(pga)}.${'a'.repeat(86)}`],
    ['an expired token', `Bearer ${signed({ ...pga, exp: now() - 60 })}`],
    ['a token not valid yet', `Bearer ${signed({ ...pga, nbf: now() + 3600 })}`],
    ['an unknown role', `Bearer ${signed({ sub: 'x', role: 'admin' })}`],
    ['a member-state without a State', `Bearer ${signed({ sub: 'x', role: 'member-state' })}`],
    ['a role that is an object', `Bearer ${signed({ sub: 'x', role: { $ne: null } })}`],
    ['a payload that is not JSON', `Bearer ${base64url({ alg: 'HS256' })}.${base64url('not json')}.sig`],
    ['a token of 8 KB', `Bearer ${'a'.repeat(8000)}`],
    ['another scheme', `Basic ${base64url('pga:secret')}`],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 to %s', async (_name, authorization) => {
    expectContractError(await createWith(authorization), 401, 'UNAUTHENTICATED', 'aaaaaaaaaa');
  });
});
