import { DEADLINE_SCHEDULER } from '../../src/deadlines/deadline-scheduler.port';
import { InProcessDeadlineScheduler } from '../../src/deadlines/in-process-deadline-scheduler';
import { org, procedure } from '../support/procedure';
import { TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

export const MEETING = 'trafficking-2013';
export const OTHER_MEETING = 'ageing-2014';
export const LIST_STREAM = `list-${MEETING}.other-ngos`;
export const MEETING_CORRELATION = 'history-meeting-correlation';

export interface EventView {
  index: number;
  position: string;
  eventId: string;
  streamId: string;
  type: string;
  metadata: { correlationId: string; causationId: string; actor: { role: string; state?: string }; occurredAt: string };
  recordedAt: string;
}

export interface Page {
  events: EventView[];
  next: string | null;
}

/**
 * Two meetings: the first with a list, a batch, France's objection and the closure at the deadline by the
 * scheduler; the second created a week later. Returns the instant between the two.
 */
export async function seedHistory(t: TestApp): Promise<{ between: string }> {
  t.clock.set('2013-04-19T15:00:00Z');
  const p = procedure(t, MEETING);
  const created = await t.inject({
    method: 'POST',
    url: '/v1/meetings',
    headers: { ...bearer('pga'), 'x-correlation-id': MEETING_CORRELATION },
    payload: { id: MEETING, title: 'Trafficking in persons', timezone: 'America/New_York' },
  });
  expect(created.statusCode).toBe(201);
  await p.createList('other-ngos', 'non-objection');
  const [, polaris] = await p.propose('other-ngos', [org('La Strada International', 'NLD'), org('Polaris Project', 'USA')]);
  await p.submit('other-ngos', '2013-04-26T18:00:00-04:00');
  expect((await p.object('other-ngos', polaris, 'FRA', { reason: 'Not relevant' })).statusCode).toBe(201);
  t.clock.set('2013-04-26T22:00:00Z');
  await t.app.get<InProcessDeadlineScheduler>(DEADLINE_SCHEDULER).runDue();
  t.clock.set('2013-05-03T12:00:00Z');
  const other = procedure(t, OTHER_MEETING);
  await other.createMeeting();
  await other.createList('ngos', 'non-objection');
  return { between: '2013-05-01T00:00:00Z' };
}

/** GET as an auditor, expecting 200. */
export async function auditGet<T = Page>(t: TestApp, url: string): Promise<T> {
  const response = await t.inject({ method: 'GET', url, headers: bearer('auditor') });
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json() as T;
}

/** Every page of a query, following `next` as `after` (ascending) or `before` (descending). */
export async function allPages(t: TestApp, query: string): Promise<EventView[]> {
  const cursor = query.includes('order=desc') ? 'before' : 'after';
  const events: EventView[] = [];
  for (let next: string | null = null, first = true; first || next !== null; first = false) {
    const page: Page = await auditGet(t, `/v1/audit/events?${query}${next ? `&${cursor}=${next}` : ''}`);
    events.push(...page.events);
    next = page.next;
  }
  return events;
}
