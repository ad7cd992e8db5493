import { expect } from '@jest/globals';
import { TestApp, TestResponse } from './test-app';
import { bearer } from './tokens';

/** Read as an auditor of its own, whose requests spend a rate-limit budget no test uses. */
const CHECKER = bearer('auditor', undefined, 'unchanged-check');

/** What a refused command must leave as it was: the log's length, its hash chain and the views at `views`. */
export async function stateOf(t: TestApp, views: Array<{ url: string; headers?: Record<string, string> }>) {
  const get = (url: string, headers: Record<string, string> = CHECKER) => t.inject({ method: 'GET', url, headers });
  const verification = (await get('/v1/audit/verification')).json();
  return {
    events: await t.eventCount(),
    verification,
    views: await Promise.all(views.map(async ({ url, headers }) => (await get(url, headers)).json())),
  };
}

/**
 * Sends a request that must be refused with `status` and `code`, a message that matches `message`, and
 * nothing stored: the same event count, the same verified hash chain, the same views.
 */
export async function expectRefusedUnchanged(
  t: TestApp,
  request: () => Promise<TestResponse>,
  refusal: { status: number; code: string; message: RegExp },
  views: Array<{ url: string; headers?: Record<string, string> }>,
): Promise<void> {
  const before = await stateOf(t, views);
  const response = await request();
  expect(response.json()).toMatchObject({ statusCode: refusal.status, code: refusal.code });
  expect(response.statusCode).toBe(refusal.status);
  expect(response.json().message).toMatch(refusal.message);
  const after = await stateOf(t, views);
  expect(after).toEqual(before);
  expect(after.verification).toMatchObject({ ok: true });
}

/** The contract's error shape with the status and code given, and a message matching `message`. */
export function expectRefusal(response: TestResponse, statusCode: number, code: string, message: RegExp): void {
  expect({ statusCode: response.statusCode, body: response.json() }).toEqual({
    statusCode,
    body: expect.objectContaining({ statusCode, code, message: expect.stringMatching(message) }),
  });
}
