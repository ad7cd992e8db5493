import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp, TestResponse } from '../support/test-app';
import { bearer } from '../support/tokens';
import { PROGRAMME_2013 } from './arrangements.fixtures';

/** The programme of the founding resolution as a client sends it. */
const SEGMENTS = PROGRAMME_2013.map(({ startsAt, endsAt, ...segment }) => ({
  ...segment,
  startsAt: startsAt.toISOString(),
  ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
}));

describe('HTTP: programme, panel chairs, opening speakers and finalization', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let ecosocEntry: string;
  let otherEntry: string;

  beforeEach(async () => {
    t = await startTestApp({ now: '2013-04-30T15:00:00Z' });
    p = procedure(t);
    await p.createMeeting();
    await p.createList('ecosoc-ngos', 'ecosoc');
    [ecosocEntry] = await p.propose('ecosoc-ngos', [org('Global Alliance Against Traffic in Women', 'THA', { ecosocStatus: 'special' })]);
    await p.createList('other-ngos', 'non-objection');
    [otherEntry] = await p.propose('other-ngos', [org('La Strada International', 'NLD')]);
  });
  afterEach(() => t.close());

  const panel = (id: string) => `${p.base}/panels/${id}`;
  const meeting = async (role: string, state?: string) => (await p.get(p.base, bearer(role, state))).json();
  const expectError = (response: TestResponse, status: number, code: string) =>
    expect({ status: response.statusCode, code: response.json().code }).toEqual({ status, code });
  /** Sends `request`, expects the error and that nothing was stored. */
  async function refused(request: () => Promise<TestResponse>, status: number, code: string): Promise<TestResponse> {
    const before = await t.eventCount();
    const response = await request();
    expectError(response, status, code);
    expect(await t.eventCount()).toBe(before);
    return response;
  }
  const chair = async (panelId: string, group: string, state: string) => {
    expect((await p.post(`${panel(panelId)}/consultations`, { regionalGroup: group })).statusCode).toBe(201);
    expect((await p.post(`${panel(panelId)}/chair-invitation`, { state })).statusCode).toBe(201);
    expect((await p.post(`${panel(panelId)}/chair-invitation/response`, { accept: true }, bearer('member-state', state))).statusCode).toBe(
      200,
    );
  };

  it('runs paragraphs 1, 2, 3 and 10 for every role, from the programme to finalization and reopening', async () => {
    await refused(() => p.put(`${p.base}/programme`, { segments: SEGMENTS }, bearer('member-state', 'FRA')), 403, 'FORBIDDEN');
    const set = await p.put(`${p.base}/programme`, { segments: SEGMENTS });
    expect(set.json()).toEqual({ changed: true, position: expect.stringMatching(/^\d+$/) });
    expect((await p.put(`${p.base}/programme`, { segments: SEGMENTS })).json()).toMatchObject({ changed: false });

    const asObserver = await meeting('observer', 'VAT');
    expect(asObserver.programme.map((s: { id: string }) => s.id)).toEqual(SEGMENTS.map((s) => s.id));
    expect(asObserver.programme[2]).toMatchObject({ startsAt: '2013-05-13T19:00:00.000Z', startsAtLocal: '2013-05-13T15:00:00-04:00' });
    expect(asObserver.panels.map((x: { id: string; chair: unknown }) => [x.id, x.chair])).toEqual([
      ['panel-1', null],
      ['panel-2', null],
    ]);

    const incomplete = await refused(() => p.post(`${p.base}/arrangements/finalization`, {}), 409, 'ARRANGEMENTS_INCOMPLETE');
    expect(incomplete.json().details.missing.map((m: { item: string; panelId?: string; role?: string }) => m.panelId ?? m.role)).toEqual([
      'panel-1',
      'panel-2',
      'eminent-person',
      'ngo-representative',
    ]);

    await refused(() => p.post(`${panel('panel-1')}/chair-invitation`, { state: 'PHL' }), 409, 'INVALID_STATE');
    await chair('panel-1', 'Asia-Pacific Group', 'PHL');
    expect(
      (await p.post(`${panel('panel-2')}/consultations`, { regionalGroup: 'Asia-Pacific Group', note: 'Asked for a second chair' }))
        .statusCode,
    ).toBe(201);
    // A consultation's note is the Office's working note: pga and auditor read it, Member States see the consultation only.
    const notes = async (headers: { authorization: string }) =>
      (
        (await p.get(`${p.base}/panels`, headers)).json() as { panels: Array<{ consultations: Array<{ note?: string }> }> }
      ).panels[1].consultations.map((c) => c.note);
    expect(await notes(bearer('pga'))).toEqual(['Asked for a second chair']);
    expect(await notes(bearer('auditor'))).toEqual(['Asked for a second chair']);
    expect(await notes(bearer('member-state', 'JPN'))).toEqual([undefined]);
    expect(await notes(bearer('observer', 'VAT'))).toEqual([undefined]);
    const sameGroup = await refused(() => p.post(`${panel('panel-2')}/chair-invitation`, { state: 'JPN' }), 409, 'INVALID_STATE');
    expect(sameGroup.json().message).toContain('same regional group');

    expect((await p.post(`${panel('panel-2')}/consultations`, { regionalGroup: 'Eastern European Group' })).statusCode).toBe(201);
    expect((await p.post(`${panel('panel-2')}/chair-invitation`, { state: 'BLR' })).statusCode).toBe(201);
    await refused(
      () => p.post(`${panel('panel-2')}/chair-invitation/response`, { accept: true }, bearer('member-state', 'FRA')),
      403,
      'FORBIDDEN',
    );
    expect(
      (await p.post(`${panel('panel-2')}/chair-invitation/response`, { accept: false }, bearer('member-state', 'BLR'))).statusCode,
    ).toBe(200);
    expect((await p.post(`${panel('panel-2')}/chair-invitation`, { state: 'UKR' })).statusCode).toBe(201);
    expect(
      (await p.post(`${panel('panel-2')}/chair-invitation/response`, { accept: true }, bearer('member-state', 'UKR'))).statusCode,
    ).toBe(200);

    await refused(
      () => p.put(`${p.base}/opening-speakers/ngo-representative`, { name: 'B. Rep', entryId: otherEntry }),
      409,
      'INVALID_STATE',
    );
    expect((await p.put(`${p.base}/opening-speakers/eminent-person`, { name: 'A. Eminent' })).statusCode).toBe(200);
    const ngo = await p.put(`${p.base}/opening-speakers/ngo-representative`, { name: 'B. Rep', entryId: ecosocEntry, survivor: true });
    expect(ngo.statusCode).toBe(200);

    const finalized = await p.post(`${p.base}/arrangements/finalization`, {});
    expect(finalized.json()).toEqual({ status: 'finalized', changed: true, position: expect.any(String) });
    const asPga = await meeting('pga');
    expect(asPga.arrangements).toMatchObject({ status: 'finalized' });
    expect(asPga.panels.map((x: { chair: { state: string; status: string } }) => `${x.chair.state} ${x.chair.status}`)).toEqual([
      'PHL accepted',
      'UKR accepted',
    ]);
    expect(asPga.openingSpeakers[4]).toMatchObject({
      role: 'ngo-representative',
      organization: 'Global Alliance Against Traffic in Women',
      survivor: true,
    });
    expect((await meeting('auditor')).openingSpeakers[4].survivor).toBe(true);
    expect('survivor' in (await meeting('member-state', 'FRA')).openingSpeakers[4]).toBe(false);
    expect('survivor' in (await meeting('observer', 'VAT')).openingSpeakers[4]).toBe(false);

    const later = SEGMENTS.map((s) => (s.id === 'plenary-3' ? { ...s, endsAt: '2013-05-14T17:30:00-04:00' } : s));
    await refused(() => p.put(`${p.base}/programme`, { segments: later }), 409, 'INVALID_STATE');
    await refused(() => p.put(`${p.base}/opening-speakers/eminent-person`, { name: 'C. Eminent' }), 409, 'INVALID_STATE');
    await refused(() => p.post(`${p.base}/arrangements/reopening`, {}), 400, 'VALIDATION_FAILED');

    await refused(() => p.post(`${panel('panel-1')}/summary`, { text: 'Not mine.' }, bearer('member-state', 'UKR')), 403, 'FORBIDDEN');
    expect(
      (await p.post(`${panel('panel-1')}/summary`, { text: 'Partnerships protect victims.' }, bearer('member-state', 'PHL'))).statusCode,
    ).toBe(201);
    expect((await p.post(`${panel('panel-2')}/summary`, { text: 'Prevention and prosecution.' })).statusCode).toBe(201);
    const panels = (await p.get(`${p.base}/panels`, bearer('observer', 'EUU'))).json().panels;
    expect(panels.map((x: { summary: { chair: string; text: string } }) => [x.summary.chair, x.summary.text])).toEqual([
      ['PHL', 'Partnerships protect victims.'],
      ['UKR', 'Prevention and prosecution.'],
    ]);

    expect((await p.post(`${p.base}/arrangements/reopening`, { reason: 'The eminent person cannot attend.' })).json()).toMatchObject({
      status: 'open',
    });
    expect((await meeting('member-state', 'FRA')).arrangements).toMatchObject({
      status: 'open',
      reopeningReason: 'The eminent person cannot attend.',
    });
    expect((await p.put(`${p.base}/opening-speakers/eminent-person`, { name: 'C. Eminent' })).json()).toMatchObject({ changed: true });
  });

  it('withdraws an unanswered chair invitation: the panel has no chair, may be invited again, and the State cannot answer', async () => {
    await p.put(`${p.base}/programme`, { segments: SEGMENTS });
    await p.post(`${panel('panel-1')}/consultations`, { regionalGroup: 'Asia-Pacific Group' });
    await p.post(`${panel('panel-1')}/chair-invitation`, { state: 'PHL' });
    const withdrawn = await p.del(`${panel('panel-1')}/chair-invitation`);
    expect({ status: withdrawn.statusCode, body: withdrawn.json() }).toEqual({
      status: 200,
      body: { position: expect.stringMatching(/^\d+$/) },
    });
    expect((await p.get(`${p.base}/panels`, bearer('member-state', 'PHL'))).json().panels[0].chair).toBeNull();
    await refused(
      () => p.post(`${panel('panel-1')}/chair-invitation/response`, { accept: true }, bearer('member-state', 'PHL')),
      409,
      'INVALID_STATE',
    );
    await refused(() => p.del(`${panel('panel-1')}/chair-invitation`), 409, 'INVALID_STATE');

    await p.post(`${panel('panel-2')}/consultations`, { regionalGroup: 'Asia-Pacific Group' });
    expect((await p.post(`${panel('panel-2')}/chair-invitation`, { state: 'JPN' })).statusCode).toBe(201);
    await chair('panel-1', 'African Group', 'NGA');
    expect(
      (await meeting('auditor')).panels.map((x: { chair: { state: string; status: string } }) => `${x.chair.state} ${x.chair.status}`),
    ).toEqual(['NGA accepted', 'JPN invited']);
  });

  it('refuses to withdraw an answered invitation, from the wrong role, on an unknown panel or once finalized, and stores nothing', async () => {
    await p.put(`${p.base}/programme`, { segments: SEGMENTS });
    await refused(() => p.del(`${panel('panel-1')}/chair-invitation`), 409, 'INVALID_STATE');
    await chair('panel-1', 'Asia-Pacific Group', 'PHL');
    await refused(() => p.del(`${panel('panel-1')}/chair-invitation`), 409, 'INVALID_STATE');
    await p.post(`${panel('panel-2')}/consultations`, { regionalGroup: 'Eastern European Group' });
    await p.post(`${panel('panel-2')}/chair-invitation`, { state: 'BLR' });
    await refused(() => p.del(`${panel('panel-2')}/chair-invitation`, bearer('member-state', 'BLR')), 403, 'FORBIDDEN');
    await refused(() => p.del(`${panel('panel-2')}/chair-invitation`, bearer('auditor')), 403, 'FORBIDDEN');
    await refused(() => p.del(`${panel('panel-9')}/chair-invitation`), 404, 'NOT_FOUND');
    await refused(() => p.del('/v1/meetings/no-such-meeting/panels/panel-1/chair-invitation'), 404, 'NOT_FOUND');
    await p.post(`${panel('panel-2')}/chair-invitation/response`, { accept: true }, bearer('member-state', 'BLR'));
    await p.put(`${p.base}/opening-speakers/eminent-person`, { name: 'A. Eminent' });
    await p.put(`${p.base}/opening-speakers/ngo-representative`, { name: 'B. Rep', entryId: ecosocEntry });
    expect((await p.post(`${p.base}/arrangements/finalization`, {})).statusCode).toBe(200);
    const finalized = await refused(() => p.del(`${panel('panel-1')}/chair-invitation`), 409, 'INVALID_STATE');
    expect(finalized.json().message).toContain('finalized');
  });

  it('refuses a malformed programme field by field and stores nothing', async () => {
    const overlapping = SEGMENTS.map((s) => (s.id === 'panel-2' ? { ...s, startsAt: '2013-05-13T16:00:00-04:00', theme: undefined } : s));
    const response = await refused(() => p.put(`${p.base}/programme`, { segments: overlapping }), 400, 'VALIDATION_FAILED');
    expect(response.json().details).toEqual([
      { field: 'segments.3.theme', problems: ['a panel needs its theme'] },
      { field: 'segments.3', problems: [expect.stringContaining('overlaps segment 2 ("panel-1"')] },
    ]);
    const malformed = await refused(
      () => p.put(`${p.base}/programme`, { segments: [{ id: 'X', kind: 'party', startsAt: '13 May' }] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(
      malformed
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['segments.0.id', 'segments.0.kind', 'segments.0.startsAt', 'segments.0.title']);
  });

  it('answers 404 for a meeting or a panel that does not exist, and 400 for an unknown opening speaker role', async () => {
    await refused(() => p.put('/v1/meetings/no-such-meeting/programme', { segments: SEGMENTS }), 404, 'NOT_FOUND');
    expectError(await p.get('/v1/meetings/no-such-meeting/panels', bearer('auditor')), 404, 'NOT_FOUND');
    await p.put(`${p.base}/programme`, { segments: SEGMENTS });
    await refused(() => p.post(`${panel('panel-9')}/consultations`, { regionalGroup: 'African Group' }), 404, 'NOT_FOUND');
    await refused(() => p.post(`${panel('panel-1')}/consultations`, { regionalGroup: 'Arab Group' }), 400, 'VALIDATION_FAILED');
    await refused(() => p.put(`${p.base}/opening-speakers/secretary-general`, { name: 'B. Ki-moon' }), 400, 'VALIDATION_FAILED');
    await refused(() => p.put(`${p.base}/opening-speakers/ngo-representative`, { name: 'B. Rep' }), 400, 'VALIDATION_FAILED');
    const unknownEntry = '00000000-0000-4000-8000-000000000009';
    await refused(
      () => p.put(`${p.base}/opening-speakers/ngo-representative`, { name: 'B. Rep', entryId: unknownEntry }),
      404,
      'NOT_FOUND',
    );
  });

  it('replays a consultation sent twice with one Idempotency-Key and stores it once', async () => {
    await p.put(`${p.base}/programme`, { segments: SEGMENTS });
    const headers = { ...bearer('pga'), 'idempotency-key': 'consult-apg-panel-1' };
    const first = await p.post(`${panel('panel-1')}/consultations`, { regionalGroup: 'Asia-Pacific Group' }, headers);
    const count = await t.eventCount();
    const again = await p.post(`${panel('panel-1')}/consultations`, { regionalGroup: 'Asia-Pacific Group' }, headers);
    expect(again.json()).toEqual(first.json());
    expect(await t.eventCount()).toBe(count);
    expect((await p.get(`${p.base}/panels`)).json().panels[0].consultations).toHaveLength(1);
  });

  it('shows the panels as they stood at an earlier instant (?asOf=)', async () => {
    await p.put(`${p.base}/programme`, { segments: SEGMENTS });
    t.clock.set('2013-05-02T15:00:00Z');
    await chair('panel-1', 'Asia-Pacific Group', 'PHL');
    const now = (await p.get(`${p.base}/panels`)).json().panels[0];
    expect(now.chair).toMatchObject({ state: 'PHL', status: 'accepted' });
    const asOf = (instant: string) => p.get(`${p.base}/panels?asOf=${encodeURIComponent(instant)}`, bearer('auditor'));
    const then = (await asOf('2013-05-01T12:00:00-04:00')).json().panels;
    expect(then.map((x: { id: string; chair: unknown; consultations: unknown[] }) => [x.id, x.chair, x.consultations.length])).toEqual([
      ['panel-1', null, 0],
      ['panel-2', null, 0],
    ]);
    expectError(await asOf('2013-01-01T00:00:00Z'), 404, 'NOT_FOUND');
  });
});
