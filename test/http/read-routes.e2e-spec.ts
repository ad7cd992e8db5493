import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/**
 * Contract 1.2, "Read routes the console already uses": every meeting, the reference list of States,
 * every list of a meeting, the caller's registered webhook, and the meeting view's `arrangements.missing`.
 */

const MEETING = 'trafficking-2013';
const EVERY_CALLER = [bearer('pga'), bearer('member-state', 'FRA'), bearer('observer', 'VAT'), bearer('auditor')];

describe('HTTP: GET /v1/meetings and GET /v1/meetings/:meetingId/lists', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: '2013-04-20T14:00:00Z' });
    const p = procedure(t, MEETING);
    await p.createMeeting();
    await p.createList('civil-society', 'non-objection');
    await p.createList('ecosoc-organizations', 'ecosoc');
    await p.propose('civil-society', [org('La Strada International', 'NLD')]);
    await p.submit('civil-society', '2013-04-26T18:00:00-04:00');
    t.clock.advance(60_000);
    await procedure(t, 'hiv-aids-2016').createMeeting();
  });
  afterAll(() => t?.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.inject({ method: 'GET', url, headers });

  it('lists every meeting, newest first, with id, title, timezone and createdAt (venue when given), to every role', async () => {
    for (const headers of EVERY_CALLER) {
      const response = await get('/v1/meetings', headers);
      expect(response.statusCode).toBe(200);
      expect(response.json().meetings).toEqual([
        { id: 'hiv-aids-2016', title: 'Trafficking in persons', timezone: 'America/New_York', createdAt: '2013-04-20T14:01:00.000Z' },
        { id: MEETING, title: 'Trafficking in persons', timezone: 'America/New_York', createdAt: '2013-04-20T14:00:00.000Z' },
      ]);
    }
    expect((await get('/v1/meetings')).json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
  });

  it('lists every list of the meeting with its batches (number, deadline, status) and without entries, to every role', async () => {
    for (const headers of EVERY_CALLER) {
      const response = await get(`/v1/meetings/${MEETING}/lists`, headers);
      expect(response.statusCode).toBe(200);
      const { lists } = response.json();
      expect(lists.map((list: { id: string }) => list.id).sort()).toEqual(['civil-society', 'ecosoc-organizations']);
      const civilSociety = lists.find((list: { id: string }) => list.id === 'civil-society');
      expect(civilSociety).toMatchObject({ id: 'civil-society', kind: 'non-objection', title: 'List civil-society', status: 'open' });
      expect(civilSociety.batches).toEqual([expect.objectContaining({ number: 1, deadline: '2013-04-26T22:00:00.000Z', status: 'open' })]);
      expect(lists.every((list: object) => !('entries' in list))).toBe(true);
    }
  });

  it('answers 404 NOT_FOUND for the lists of a meeting that does not exist, and 401 without a token', async () => {
    expect((await get('/v1/meetings/no-such-meeting/lists', bearer('pga'))).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect((await get(`/v1/meetings/${MEETING}/lists`)).statusCode).toBe(401);
  });

  it('carries arrangements.missing in the meeting view: what finalization would refuse', async () => {
    const view = (await get(`/v1/meetings/${MEETING}`, bearer('observer', 'VAT'))).json();
    expect(view.arrangements).toMatchObject({ status: 'open', missing: expect.any(Array) });
    expect(view.arrangements.missing.length).toBeGreaterThan(0);
    const refusal = await t.inject({ method: 'POST', url: `/v1/meetings/${MEETING}/arrangements/finalization`, headers: bearer('pga') });
    expect(refusal.json()).toMatchObject({ code: 'ARRANGEMENTS_INCOMPLETE' });
    expect(view.arrangements.missing).toEqual(refusal.json().details.missing);
  });
});

describe('HTTP: GET /v1/reference/states', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('gives code, name, regionalGroup (Member States only) and observer, with a token of any role or none', async () => {
    for (const headers of [{}, ...EVERY_CALLER]) {
      const response = await t.inject({ method: 'GET', url: '/v1/reference/states', headers });
      expect(response.statusCode).toBe(200);
      const { states } = response.json();
      expect(states).toContainEqual(
        expect.objectContaining({ code: 'FRA', name: 'France', regionalGroup: 'Western European and Others Group', observer: false }),
      );
      expect(states).toContainEqual(expect.objectContaining({ code: 'VAT', name: 'Holy See', observer: true }));
      expect(states.filter((state: { observer: boolean }) => !state.observer)).toHaveLength(193);
      expect(states.filter((state: { observer: boolean }) => state.observer).every((state: object) => !('regionalGroup' in state))).toBe(
        true,
      );
    }
  });
});

describe('HTTP: GET /v1/member-states/me/webhook', () => {
  let t: TestApp;
  const fra = bearer('member-state', 'FRA');
  beforeAll(async () => {
    t = await startTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true' }, now: '2013-04-20T14:00:00Z' });
  });
  afterAll(() => t?.close());

  const registered = (headers: Record<string, string> = fra) => t.inject({ method: 'GET', url: '/v1/member-states/me/webhook', headers });
  const register = (url: string) => t.inject({ method: 'PUT', url: '/v1/member-states/me/webhook', headers: fra, payload: { url } });

  it('answers 404 NOT_FOUND, saying how to register one, while the State has none', async () => {
    const response = await registered();
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: expect.stringContaining('PUT /v1/member-states/me/webhook'),
    });
  });

  it('answers the URL and when it was registered, never the secret; a new URL moves registeredAt, the same one does not', async () => {
    expect((await register('https://mission.example.org/un/reminders')).json().secret).toMatch(/^whsec_/);
    expect((await registered()).json()).toEqual({
      url: 'https://mission.example.org/un/reminders',
      registeredAt: '2013-04-20T14:00:00.000Z',
    });
    t.clock.advance(3_600_000);
    await register('https://mission.example.org/un/reminders');
    expect((await registered()).json().registeredAt).toBe('2013-04-20T14:00:00.000Z');
    await register('https://mission.example.org/un/v2');
    expect((await registered()).json()).toEqual({ url: 'https://mission.example.org/un/v2', registeredAt: '2013-04-20T15:00:00.000Z' });
    expect((await registered()).body).not.toContain('whsec_');
  });

  it('shows a State only its own webhook, and refuses every other role (403) and no token (401)', async () => {
    expect((await registered(bearer('member-state', 'KEN'))).statusCode).toBe(404);
    for (const headers of [bearer('pga'), bearer('observer', 'VAT'), bearer('auditor')]) {
      expect((await registered(headers)).json()).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    }
    expect((await registered({})).json()).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
  });
});
