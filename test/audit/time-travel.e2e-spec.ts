import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/**
 * `?asOf=<instant>` over HTTP. The store stamps `recordedAt` with the injected clock, so the test's
 * clock says when each step was recorded, and the views are asked as of those instants.
 */
const MEETING = '/v1/meetings/trafficking-2013';
const LIST = `${MEETING}/lists/other-ngos`;
const DEADLINE = '2013-04-26T22:00:00.000Z';
const T = {
  beforeMeeting: '2013-04-01T00:00:00Z',
  meeting: '2013-04-02T12:00:00Z',
  proposed: '2013-04-03T12:00:00Z',
  submitted: '2013-04-04T12:00:00Z',
  objected: '2013-04-05T12:00:00Z',
  withdrawn: '2013-04-06T12:00:00Z',
  programme: '2013-04-10T12:00:00Z',
  invited: '2013-04-11T12:00:00Z',
  accepted: '2013-04-12T12:00:00Z',
  closed: '2013-04-27T12:00:00Z',
};
const PANELS = `${MEETING}/panels`;
const SEGMENTS = [
  {
    id: 'opening',
    kind: 'opening-plenary',
    title: 'Opening plenary',
    startsAt: '2013-05-13T10:00:00-04:00',
    endsAt: '2013-05-13T13:00:00-04:00',
  },
  {
    id: 'prevention-panel',
    kind: 'panel',
    title: 'Panel 1',
    theme: 'Prevention',
    startsAt: '2013-05-13T15:00:00-04:00',
    endsAt: '2013-05-13T18:00:00-04:00',
  },
  { id: 'closing', kind: 'closing-plenary', title: 'Closing plenary', startsAt: '2013-05-14T15:00:00-04:00' },
];

const pga = bearer('pga');
const russia = bearer('member-state', 'RUS');
const egypt = bearer('member-state', 'EGY');
const france = bearer('member-state', 'FRA');
const holySee = bearer('observer', 'VAT');

describe('HTTP: ?asOf= gives the views as they stood at an instant', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let ids: { strada: string; polaris: string; walkfree: string };

  const get = (url: string, asOf?: string, headers = pga) =>
    p.get(asOf === undefined ? url : `${url}?asOf=${encodeURIComponent(asOf)}`, headers);
  const ok = async (url: string, asOf: string | undefined, headers = pga) => {
    const response = await get(url, asOf, headers);
    if (response.statusCode !== 200) throw new Error(`${url} as of ${asOf}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const statuses = (list: { entries: Array<{ status: string }> }) => list.entries.map((e) => e.status);

  /** A meeting, a non-objection list, a batch, objections by Russia and Egypt, Egypt's withdrawn, closure. */
  beforeAll(async () => {
    t = await startTestApp({ now: T.meeting });
    p = procedure(t);
    await p.createMeeting({ objectionDisclosure: 'organizations' });
    t.clock.set(T.proposed);
    await p.createList('other-ngos', 'non-objection');
    const [strada, polaris, walkfree] = await p.propose('other-ngos', [
      org('La Strada International', 'NLD'),
      org('Polaris Project', 'USA'),
      org('Walk Free', 'AUS'),
    ]);
    ids = { strada, polaris, walkfree };
    t.clock.set(T.submitted);
    await p.submit('other-ngos', DEADLINE);
    t.clock.set(T.objected);
    expect((await p.object('other-ngos', polaris, 'RUS', { reason: 'Not relevant to the meeting' })).statusCode).toBe(201);
    expect((await p.object('other-ngos', walkfree, 'EGY', { reason: 'Insufficient information' })).statusCode).toBe(201);
    t.clock.set(T.withdrawn);
    expect((await p.del(`${LIST}/entries/${walkfree}/objections/mine`, egypt)).statusCode).toBe(200);
    await arrange();
    t.clock.set(T.closed);
    expect((await p.close('other-ngos', 1)).statusCode).toBe(200);
  });

  /** The programme with one panel, a survivor as eminent person, then Sweden invited to chair the panel, and accepting. */
  async function arrange() {
    const expectStatus = async (status: number, request: Promise<{ statusCode: number; body: string }>) => {
      const response = await request;
      if (response.statusCode !== status) throw new Error(`${response.statusCode}: ${response.body}`);
    };
    t.clock.set(T.programme);
    await expectStatus(200, p.put(`${MEETING}/programme`, { segments: SEGMENTS }));
    await expectStatus(200, p.put(`${MEETING}/opening-speakers/eminent-person`, { name: 'Eminent person', survivor: true }));
    t.clock.set(T.invited);
    await expectStatus(201, p.post(`${PANELS}/prevention-panel/consultations`, { regionalGroup: 'Western European and Others Group' }));
    await expectStatus(201, p.post(`${PANELS}/prevention-panel/chair-invitation`, { state: 'SWE' }));
    t.clock.set(T.accepted);
    await expectStatus(
      200,
      p.post(`${PANELS}/prevention-panel/chair-invitation/response`, { accept: true }, bearer('member-state', 'SWE')),
    );
  }
  afterAll(() => t?.close());

  it('answers 404 NOT_FOUND as of an instant before the meeting existed, like the live view of an unknown meeting', async () => {
    for (const url of [MEETING, LIST, `${MEETING}/accreditations`]) {
      const response = await get(url, T.beforeMeeting, holySee);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: 'There is no meeting "trafficking-2013".' });
    }
    expect((await get(LIST, T.meeting)).json()).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('no list "other-ngos"'),
    });
    expect(await ok(MEETING, T.meeting)).toMatchObject({ id: 'trafficking-2013', createdAt: '2013-04-02T12:00:00.000Z', programme: [] });
  });

  it('shows the list before the batch, under consideration, and after closure, with the statuses of then', async () => {
    const proposed = await ok(LIST, T.proposed);
    expect(proposed).toMatchObject({ status: 'open', batches: [] });
    expect(statuses(proposed)).toEqual(['proposed', 'proposed', 'proposed']);

    const submitted = await ok(LIST, T.submitted);
    expect(submitted.batches).toEqual([{ number: 1, deadline: DEADLINE, status: 'open' }]);
    expect(statuses(submitted)).toEqual(['under-consideration', 'under-consideration', 'under-consideration']);
    expect(submitted.entries.map((e: { objections: unknown[] }) => e.objections)).toEqual([[], [], []]);

    const closed = await ok(LIST, T.closed);
    expect(closed.batches).toEqual([{ number: 1, deadline: DEADLINE, status: 'closed', closedAt: expect.any(String) }]);
    expect(statuses(closed)).toEqual(['approved', 'objected', 'approved']);
  });

  it('shows the PGA every objection standing then, with its reason', async () => {
    const objected = await ok(LIST, T.objected);
    expect(objected.entries.map((e: { objections: Array<{ state: string; reason: string }> }) => e.objections)).toEqual([
      [],
      [expect.objectContaining({ state: 'RUS', reason: 'Not relevant to the meeting', raisedAt: '2013-04-05T12:00:00.000Z' })],
      [expect.objectContaining({ state: 'EGY', reason: 'Insufficient information' })],
    ]);
    const withdrawn = await ok(LIST, T.withdrawn);
    expect(withdrawn.entries[2].objections).toEqual([]);
  });

  it('shows a Member State only its own objection before closure, as of then', async () => {
    const asEgypt = await ok(LIST, T.objected, egypt);
    expect(asEgypt.entries.map((e: { objections: unknown[] }) => e.objections.length)).toEqual([0, 0, 1]);
    expect(asEgypt.entries[2].objections[0]).toMatchObject({ state: 'EGY', reason: 'Insufficient information' });
    expect((await ok(LIST, T.withdrawn, egypt)).entries[2].objections).toEqual([]);
    const asFrance = await ok(LIST, T.objected, france);
    expect(asFrance.entries.map((e: { objections: unknown[] }) => e.objections)).toEqual([[], [], []]);
    expect(statuses(asFrance)).toEqual(['under-consideration', 'under-consideration', 'under-consideration']);
  });

  it('discloses objections to observers and other States only once the batch had closed, never a reason', async () => {
    const before = await ok(LIST, T.withdrawn, holySee);
    expect(before.entries[1]).toEqual({ id: ids.polaris, organization: expect.any(Object), status: 'under-consideration', batch: 1 });
    const after = await ok(LIST, T.closed, holySee);
    expect(after.entries[1]).toEqual({
      id: ids.polaris,
      organization: expect.any(Object),
      status: 'objected',
      batch: 1,
      objectionCount: 1,
    });
    const asFrance = await ok(LIST, T.closed, france);
    expect(asFrance.entries[1]).toMatchObject({ status: 'objected', objectionCount: 1, objections: [] });
    expect(JSON.stringify(asFrance)).not.toContain('Not relevant');
  });

  it('lists the accredited organizations as they stood: none before closure, the approved ones after', async () => {
    expect(await ok(`${MEETING}/accreditations`, T.withdrawn, france)).toEqual({
      organizations: [],
      asOf: { at: T.withdrawn.replace('Z', '.000Z') },
    });
    const after = await ok(`${MEETING}/accreditations`, T.closed, france);
    expect(after.organizations.map((o: { entryId: string }) => o.entryId)).toEqual([ids.strada, ids.walkfree]);
  });

  it('shows the meeting with its programme and opening speakers as they stood, the survivor flag to pga only', async () => {
    const before = await ok(MEETING, T.withdrawn);
    expect(before).toMatchObject({ id: 'trafficking-2013', programme: [], panels: [] });
    expect(before.openingSpeakers.map((s: { role: string }) => s.role)).not.toContain('eminent-person');
    const after = await ok(MEETING, T.programme);
    expect(after.programme.map((s: { id: string }) => s.id)).toEqual(['opening', 'prevention-panel', 'closing']);
    expect(after.openingSpeakers).toContainEqual(expect.objectContaining({ role: 'eminent-person', survivor: true }));
    const asObserver = await ok(MEETING, T.programme, holySee);
    expect(asObserver.openingSpeakers).toContainEqual(expect.objectContaining({ role: 'eminent-person' }));
    expect(JSON.stringify(asObserver.openingSpeakers)).not.toContain('survivor');
  });

  it('shows the panels and their chair as they stood: none, invited, accepted', async () => {
    expect((await get(PANELS, T.beforeMeeting)).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect(await ok(PANELS, T.withdrawn, holySee)).toEqual({ panels: [], asOf: { at: T.withdrawn.replace('Z', '.000Z') } });
    expect((await ok(PANELS, T.programme, holySee)).panels).toEqual([expect.objectContaining({ id: 'prevention-panel', chair: null })]);
    expect((await ok(PANELS, T.invited, holySee)).panels[0].chair).toMatchObject({ state: 'SWE', status: 'invited' });
    expect((await ok(PANELS, T.accepted, holySee)).panels[0].chair).toMatchObject({ state: 'SWE', status: 'accepted' });
  });

  it('as of now, every view equals the live one, for every role', async () => {
    const now = t.clock.now().toISOString();
    for (const headers of [pga, bearer('auditor'), russia, egypt, france, holySee]) {
      for (const url of [MEETING, LIST, `${MEETING}/accreditations`, PANELS]) {
        const asOfNow = await ok(url, now, headers);
        expect(asOfNow.asOf).toEqual({ at: now });
        expect({ ...asOfNow, asOf: undefined }).toEqual(await ok(url, undefined, headers));
      }
    }
  });

  it('takes an instant in any offset, and counts an event recorded at exactly that instant', async () => {
    const inNewYork = await ok(LIST, '2013-04-05T08:00:00-04:00');
    expect(inNewYork).toEqual(await ok(LIST, T.objected));
    expect(inNewYork.entries[1].objections).toHaveLength(1);
    const justBefore = await ok(LIST, '2013-04-05T11:59:59.999Z');
    expect(justBefore.entries[1].objections).toEqual([]);
  });

  it('refuses a malformed asOf with VALIDATION_FAILED naming the field, on every view', async () => {
    for (const url of [MEETING, LIST, `${MEETING}/accreditations`, PANELS]) {
      for (const asOf of ['yesterday', '2013-04-05', '2013-04-05T12:00:00', '2013-02-30T12:00:00Z', '']) {
        const response = await get(url, asOf);
        expect({ asOf, status: response.statusCode }).toEqual({ asOf, status: 400 });
        expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'asOf' })] });
      }
    }
  });
});
