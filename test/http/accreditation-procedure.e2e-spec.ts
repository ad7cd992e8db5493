import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';

const DEADLINE = '2013-04-26T18:00:00-04:00';

describe('HTTP: the non-objection procedure from proposal to transmittal', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  beforeEach(async () => {
    t = await startTestApp();
    t.clock.set('2013-04-19T15:00:00Z');
    p = procedure(t);
    await p.createMeeting({ objectionDisclosure: 'organizations-and-states', objectedGoToGeneralAssembly: true });
  });
  afterEach(() => t.close());

  it('runs paragraph 9 for every role: PGA proposes and submits, States object, the batch closes, the GA decides, the list is transmitted', async () => {
    await p.createList('other-ngos', 'non-objection');
    const [strada, polaris, walkfree] = await p.propose('other-ngos', [
      org('La Strada International', 'NLD'),
      org('Polaris Project', 'USA'),
      org('Walk Free', 'AUS', { category: 'civil-society' }),
    ]);
    const submitted = await p.submit('other-ngos', DEADLINE);
    expect(submitted).toMatchObject({ batch: 1, entryIds: [strada, polaris, walkfree], deadline: '2013-04-26T22:00:00.000Z' });

    expect((await p.object('other-ngos', polaris, 'RUS', { reason: 'Not relevant' })).statusCode).toBe(201);
    expect((await p.object('other-ngos', walkfree, 'EGY', { onBehalfOf: ['DZA'] })).statusCode).toBe(201);
    expect((await p.del(`${p.base}/lists/other-ngos/entries/${walkfree}/objections/mine`, bearer('member-state', 'EGY'))).statusCode).toBe(
      200,
    );

    const pending = (await p.get('/v1/member-states/me/pending', bearer('member-state', 'RUS'))).json();
    expect(pending.batches).toEqual([expect.objectContaining({ meetingId: 'trafficking-2013', listId: 'other-ngos', batch: 1 })]);

    expect((await p.close('other-ngos', 1)).json()).toMatchObject({ statusCode: 409, code: 'DEADLINE_NOT_REACHED' });
    t.clock.set('2013-04-26T22:00:01Z');
    const late = await p.object('other-ngos', strada, 'FRA');
    expect(late.json()).toMatchObject({ statusCode: 409, code: 'NON_OBJECTION_PERIOD_CLOSED' });
    expect(late.json().message).toContain('2013-04-26T22:00:00.000Z');
    expect((await p.close('other-ngos', 1)).statusCode).toBe(200);
    expect((await p.close('other-ngos', 1)).json()).toMatchObject({ closed: false });

    const asPga = await p.list('other-ngos');
    expect(asPga.entries.map((e: { status: string }) => e.status)).toEqual(['approved', 'objected', 'approved']);
    expect(asPga.entries[1].objections).toEqual([expect.objectContaining({ state: 'RUS', reason: 'Not relevant' })]);
    const asObserver = await p.list('other-ngos', bearer('observer', 'VAT'));
    expect(asObserver.entries[1]).toMatchObject({ status: 'objected', objectingStates: ['RUS'] });
    expect(asObserver.entries[1].objections).toBeUndefined();

    const decided = await p.post(`${p.base}/lists/other-ngos/entries/${polaris}/general-assembly-decision`, {
      decision: 'approve',
      reference: 'A/67/L.71',
    });
    expect(decided.statusCode).toBe(201);
    expect((await p.post(`${p.base}/lists/other-ngos/transmittal`, {})).statusCode).toBe(200);
    const accredited = (await p.get(`${p.base}/accreditations`, bearer('auditor'))).json();
    expect(accredited.organizations.map((o: { name: string }) => o.name)).toEqual([
      'La Strada International',
      'Polaris Project',
      'Walk Free',
    ]);

    const before = await t.eventCount();
    const refused = await p.propose('other-ngos', [org('Too Late', 'FRA')]).catch((e: Error) => e.message);
    expect(refused).toContain('INVALID_STATE');
    expect(await t.eventCount()).toBe(before);
  });

  it('approves an ecosoc list on inclusion and requires consultative status', async () => {
    await p.createList('ecosoc-ngos', 'ecosoc');
    const missing = await p.post(`${p.base}/lists/ecosoc-ngos/entries`, { organization: org('No Status', 'KEN') });
    expect(missing.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    const ok = await p.post(`${p.base}/lists/ecosoc-ngos/entries`, { organization: org('CATW', 'USA', { ecosocStatus: 'general' }) });
    expect(ok.json()).toEqual({ entryId: expect.any(String), position: expect.any(String) });
    expect((await p.list('ecosoc-ngos')).entries[0].status).toBe('approved');
  });

  it("lists the meeting's lists with their batches, for any role, as they stand or stood", async () => {
    await p.createList('other-ngos', 'non-objection');
    const created = t.clock.now().toISOString();
    t.clock.advance(60_000);
    await p.createList('ecosoc-ngos', 'ecosoc');
    await p.propose('other-ngos', [org('La Strada International', 'NLD')]);
    await p.submit('other-ngos', DEADLINE);
    const lists = (await p.get(`${p.base}/lists`, bearer('member-state', 'FRA'))).json();
    expect(lists).toEqual({
      lists: [
        { id: 'ecosoc-ngos', kind: 'ecosoc', title: 'List ecosoc-ngos', status: 'open', batches: [] },
        {
          id: 'other-ngos',
          kind: 'non-objection',
          title: 'List other-ngos',
          status: 'open',
          batches: [{ number: 1, deadline: '2013-04-26T22:00:00.000Z', status: 'open' }],
        },
      ],
    });
    const before = (await p.get(`${p.base}/lists?asOf=${encodeURIComponent(created)}`)).json();
    expect(before.lists.map((list: { id: string }) => list.id)).toEqual(['other-ngos']);
    expect((await p.get('/v1/meetings/no-such-meeting/lists')).json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });

  it('names the row and field of every bad organization in bulk input and stores nothing', async () => {
    await p.createList('other-ngos', 'non-objection');
    const before = await t.eventCount();
    const bad = await p.post(`${p.base}/lists/other-ngos/entries`, {
      organizations: [org('Fine', 'FRA'), { name: '', country: 'fr', category: 'ngo' }, org('Also fine', 'DEU', { contactEmail: 'nope' })],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, field: 'organizations.1.name' }),
        expect.objectContaining({ row: 1, field: 'organizations.1.country' }),
        expect.objectContaining({ row: 2, field: 'organizations.2.contactEmail' }),
      ]),
    );
    const duplicate = await p.post(`${p.base}/lists/other-ngos/entries`, {
      organizations: [org('Same  Name', 'FRA'), org('same name', 'FRA')],
    });
    expect(duplicate.json()).toMatchObject({ statusCode: 409, code: 'ALREADY_EXISTS' });
    expect(await t.eventCount()).toBe(before);
  });

  it('returns the first answer for a repeated Idempotency-Key and refuses the key with another body', async () => {
    await p.createList('other-ngos', 'non-objection');
    const headers = { ...bearer('pga'), 'idempotency-key': 'proposal-0001' };
    const first = await p.post(`${p.base}/lists/other-ngos/entries`, { organization: org('Anti-Slavery International', 'GBR') }, headers);
    const count = await t.eventCount();
    const again = await p.post(`${p.base}/lists/other-ngos/entries`, { organization: org('Anti-Slavery International', 'GBR') }, headers);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await t.eventCount()).toBe(count);
    const reused = await p.post(`${p.base}/lists/other-ngos/entries`, { organization: org('Another', 'GBR') }, headers);
    expect(reused.json()).toMatchObject({ statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('lets only the State itself object, once, and never an observer, the PGA or an auditor', async () => {
    await p.createList('other-ngos', 'non-objection');
    const [entry] = await p.propose('other-ngos', [org('ECPAT', 'THA')]);
    await p.submit('other-ngos', DEADLINE);
    const url = `${p.base}/lists/other-ngos/entries/${entry}/objections`;
    for (const headers of [bearer('observer', 'PSE'), bearer('pga'), bearer('auditor')]) {
      expect((await p.post(url, {}, headers)).json()).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    }
    expect((await p.object('other-ngos', entry, 'CHN')).statusCode).toBe(201);
    expect((await p.object('other-ngos', entry, 'CHN')).json()).toMatchObject({ statusCode: 409, code: 'ALREADY_EXISTS' });
    expect((await p.object('other-ngos', entry, 'FRA', { onBehalfOf: ['XXX'] })).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
