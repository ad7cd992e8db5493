import { bearer } from './tokens';
import { TestApp } from './test-app';

/**
 * What a refused request must leave as it was: the number of events, the hash chain's verdict and the
 * view of a meeting (read as an auditor, whose requests spend a budget of their own).
 */
export async function storedState(t: TestApp, meetingId = 'trafficking-2013') {
  const auditor = bearer('auditor', undefined, 'unchanged-check');
  const verification = await t.inject({ method: 'GET', url: '/v1/audit/verification', headers: auditor });
  const view = await t.inject({ method: 'GET', url: `/v1/meetings/${meetingId}`, headers: auditor });
  return { events: await t.eventCount(), verification: verification.json(), view: { status: view.statusCode, body: view.json() } };
}
