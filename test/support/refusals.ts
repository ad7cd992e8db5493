import { TestApp, TestResponse } from './test-app';
import { bearer } from './tokens';

/** What a refused command must leave as it was: the log's length, its hash chains, and the views named. */
export async function observable(t: TestApp, views: Array<{ url: string; headers?: Record<string, string> }>) {
  const chain = (await t.inject({ method: 'GET', url: '/v1/audit/verification', headers: bearer('auditor') })).json();
  const documents = [];
  for (const { url, headers = bearer('pga') } of views) documents.push((await t.inject({ method: 'GET', url, headers })).json());
  return { events: await t.eventCount(), chain, documents };
}

/** The contract's error shape with the status and code given, and a message matching `message`. */
export function expectRefusal(response: TestResponse, statusCode: number, code: string, message: RegExp): void {
  expect({ statusCode: response.statusCode, body: response.json() }).toEqual({
    statusCode,
    body: expect.objectContaining({ statusCode, code, message: expect.stringMatching(message) }),
  });
}
