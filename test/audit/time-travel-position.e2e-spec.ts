import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

/**
 * `?asOfPosition=<position>` over HTTP: the views just after the event at that global position. Another
 * meeting's event sits just before the objection, so "just before the objection" is a position of the log
 * that none of the list's streams holds.
 */
const MEETING = '/v1/meetings/trafficking-2013';
const LIST = `${MEETING}/lists/other-ngos`;
const VIEWS = [MEETING, `${MEETING}/lists`, LIST, `${MEETING}/accreditations`, `${MEETING}/panels`];
const pga = bearer('pga');

describe('HTTP: ?asOfPosition= gives the views just after the event at a global position', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let polaris: string;
  let created: string;
  let beforeObjection: string;
  let objection: string;

  const get = (url: string, query: string, headers = pga) => p.get(`${url}?${query}`, headers);
  const ok = async (url: string, query: string, headers = pga) => {
    const response = await get(url, query, headers);
    if (response.statusCode !== 200) throw new Error(`${url}?${query}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  const objectionsOf = (list: { entries: Array<{ objections?: Array<{ state: string }> }> }) =>
    list.entries.map((entry) => (entry.objections ?? []).map((o) => o.state));

  beforeAll(async () => {
    t = await startTestApp({ now: '2013-04-02T12:00:00Z' });
    p = procedure(t);
    created = (await p.createMeeting()).position;
    await p.createList('other-ngos', 'non-objection');
    [, polaris] = await p.propose('other-ngos', [org('La Strada International', 'NLD'), org('Polaris Project', 'USA')]);
    await p.submit('other-ngos', '2013-04-26T22:00:00.000Z');
    beforeObjection = (await procedure(t, 'other-meeting-2013').createMeeting()).position;
    const objected = await p.object('other-ngos', polaris, 'RUS', { reason: 'Not relevant to the meeting' });
    expect(objected.statusCode).toBe(201);
    objection = objected.json().position;
  });
  afterAll(() => t?.close());

  it("shows the list as of just before the objection (another meeting's event) without it, and just after with it", async () => {
    const before = await ok(LIST, `asOfPosition=${beforeObjection}`);
    expect(objectionsOf(before)).toEqual([[], []]);
    expect(before.asOf).toEqual({ position: beforeObjection });
    const after = await ok(LIST, `asOfPosition=${objection}`);
    expect(objectionsOf(after)).toEqual([[], ['RUS']]);
    expect(after.asOf).toEqual({ position: objection });
    expect({ ...after, asOf: undefined }).toEqual(await p.list('other-ngos'));
  });

  it('keeps to what the caller may see as of then: the objecting State its own objection, another State none', async () => {
    expect(objectionsOf(await ok(LIST, `asOfPosition=${objection}`, bearer('member-state', 'RUS')))).toEqual([[], ['RUS']]);
    expect(objectionsOf(await ok(LIST, `asOfPosition=${objection}`, bearer('member-state', 'FRA')))).toEqual([[], []]);
  });

  it('reads position 0 as a point of the log (before the meeting: 404), and the meeting just after its creation', async () => {
    expect((await get(MEETING, 'asOfPosition=0')).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect(await ok(MEETING, `asOfPosition=${created}`)).toMatchObject({
      id: 'trafficking-2013',
      programme: [],
      asOf: { position: created },
    });
  });

  it("gives every view as it is now for a position beyond the log's end, stamped with that position", async () => {
    const beyond = '99999999999999999999';
    for (const url of VIEWS) {
      const view = await ok(url, `asOfPosition=${beyond}`);
      expect(view.asOf).toEqual({ position: beyond });
      expect({ ...view, asOf: undefined }).toEqual((await get(url, '')).json());
    }
  });

  it('refuses a malformed asOfPosition, and asOfPosition with asOf, with VALIDATION_FAILED naming the field, on every view', async () => {
    const queries = ['asOfPosition=abc', 'asOfPosition=-1', 'asOfPosition=01', 'asOfPosition=1.5', 'asOfPosition=', 'asOfPosition=1e3'];
    for (const url of VIEWS) {
      for (const query of [...queries, `asOfPosition=${objection}&asOf=2013-04-05T12:00:00Z`]) {
        const response = await get(url, query);
        expect({ query, status: response.statusCode }).toEqual({ query, status: 400 });
        expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'asOfPosition' })] });
      }
    }
    const both = (await get(LIST, `asOfPosition=${objection}&asOf=2013-04-05T12:00:00Z`)).json();
    expect(both.message).toContain('asOfPosition cannot be given with asOf: give one of them');
  });
});
