import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { expectRefusal, stateOf } from '../support/unchanged';

const DEADLINE = '2013-04-26T18:00:00-04:00';
const NO_BASIS = 'No general basis was given for this objection.';

describe('HTTP: the general basis of an objection', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let objected: string;
  let approved: string;
  const entryUrl = (entryId: string) => `${p.base}/lists/other-ngos/entries/${entryId}`;
  const ask = (entryId: string, headers = bearer('member-state', 'FRA')) => p.post(`${entryUrl(entryId)}/basis-requests`, {}, headers);
  const answer = (state: unknown, headers = bearer('pga')) => p.post(`${entryUrl(objected)}/basis-requests/answer`, { state }, headers);
  const mine = async (state = 'FRA') => (await p.get('/v1/member-states/me/basis-requests', bearer('member-state', state))).json();
  const views = () => [
    { url: `${p.base}/lists/other-ngos` },
    { url: '/v1/member-states/me/basis-requests', headers: bearer('member-state', 'FRA') },
  ];

  async function closedBatch(objectionDisclosure: string) {
    await p.createMeeting({ objectionDisclosure });
    await p.createList('other-ngos', 'non-objection');
    [objected, approved] = await p.propose('other-ngos', [org('Acme', 'NLD'), org('Beta', 'KEN')]);
    await p.submit('other-ngos', DEADLINE);
    expect((await p.object('other-ngos', objected, 'EGY', { reason: 'Not relevant to the meeting' })).statusCode).toBe(201);
    expect((await p.object('other-ngos', objected, 'RUS')).statusCode).toBe(201);
    t.clock.set('2013-04-26T22:00:01Z');
    expect((await p.close('other-ngos', 1)).statusCode).toBe(200);
  }

  beforeEach(async () => {
    t = await startTestApp({ env: { AUDIT_WORKERS: '1' } });
    t.clock.set('2013-04-19T15:00:00Z');
    p = procedure(t);
  });
  afterEach(() => t.close());

  it('records a request, shows it to the PGA, and makes the basis known to the requester with the States named', async () => {
    await closedBatch('organizations-and-states');
    const asked = await ask(objected);
    expect({ status: asked.statusCode, body: asked.json() }).toEqual({ status: 201, body: { position: expect.any(String) } });
    expect(await mine()).toEqual({
      requests: [
        {
          meetingId: 'trafficking-2013',
          listId: 'other-ngos',
          entryId: objected,
          organization: org('Acme', 'NLD'),
          requestedAt: '2013-04-26T22:00:01.000Z',
        },
      ],
    });
    const entry = (await p.list('other-ngos')).entries[0];
    expect(entry.basisRequests).toEqual([{ state: 'FRA', requestedAt: '2013-04-26T22:00:01.000Z' }]);
    expect((await p.list('other-ngos', bearer('member-state', 'FRA'))).entries[0].basisRequests).toBeUndefined();

    t.clock.set('2013-04-29T14:00:00Z');
    const answered = await answer('FRA');
    expect({ status: answered.statusCode, body: answered.json() }).toEqual({ status: 200, body: { position: expect.any(String) } });
    expect((await mine()).requests[0]).toMatchObject({
      madeKnownAt: '2013-04-29T14:00:00.000Z',
      bases: [
        { state: 'EGY', reason: 'Not relevant to the meeting' },
        { state: 'RUS', reason: NO_BASIS },
      ],
    });
    expect((await p.list('other-ngos', bearer('auditor'))).entries[0].basisRequests).toEqual([
      { state: 'FRA', requestedAt: '2013-04-26T22:00:01.000Z', madeKnownAt: '2013-04-29T14:00:00.000Z' },
    ]);
    expect(await mine('DEU')).toEqual({ requests: [] });
  });

  it('takes a request for a not-approved entry under disclosure "none", and gives the bases without the States', async () => {
    await closedBatch('none');
    expect((await p.list('other-ngos', bearer('member-state', 'FRA'))).entries[0].status).toBe('not-approved');
    expect((await ask(objected)).statusCode).toBe(201);
    expect((await answer('FRA')).statusCode).toBe(200);
    expect((await mine()).requests[0].bases).toEqual([{ reason: NO_BASIS }, { reason: 'Not relevant to the meeting' }]);
  });

  it('refuses a second request, an entry not objected, an unknown entry and a malformed id, storing nothing', async () => {
    await closedBatch('organizations');
    await ask(objected);
    const before = await stateOf(t, views());
    expectRefusal(await ask(objected), 409, 'ALREADY_EXISTS', /FRA already requested .*wait for the answer/);
    expectRefusal(await ask(approved), 409, 'INVALID_STATE', /is approved: .*only for an entry objected when its batch closed/);
    expectRefusal(await ask('00000000-0000-4000-8000-000000000009'), 404, 'NOT_FOUND', /no entry/);
    expectRefusal(await ask('not-a-uuid'), 400, 'VALIDATION_FAILED', /entryId must be a UUID/);
    expect(await stateOf(t, views())).toEqual(before);
  });

  it('refuses a request for an entry still under consideration, storing nothing', async () => {
    await p.createMeeting();
    await p.createList('other-ngos', 'non-objection');
    [objected] = await p.propose('other-ngos', [org('Acme', 'NLD')]);
    await p.submit('other-ngos', DEADLINE);
    const before = await stateOf(t, views());
    expectRefusal(await ask(objected), 409, 'INVALID_STATE', /is under-consideration/);
    expect(await stateOf(t, views())).toEqual(before);
  });

  it('lets only a Member State request, only the PGA answer, and only a Member State read its requests', async () => {
    await closedBatch('organizations');
    const before = await stateOf(t, views());
    for (const headers of [bearer('pga'), bearer('observer', 'VAT'), bearer('auditor')]) {
      expectRefusal(await ask(objected, headers), 403, 'FORBIDDEN', /.+/);
    }
    await ask(objected);
    const afterRequest = await stateOf(t, views());
    for (const headers of [bearer('member-state', 'FRA'), bearer('observer', 'VAT'), bearer('auditor')]) {
      expectRefusal(await answer('FRA', headers), 403, 'FORBIDDEN', /.+/);
    }
    for (const headers of [bearer('pga'), bearer('observer', 'VAT'), bearer('auditor')]) {
      expectRefusal(await p.get('/v1/member-states/me/basis-requests', headers), 403, 'FORBIDDEN', /.+/);
    }
    expect(await stateOf(t, views())).toEqual(afterRequest);
    expect(afterRequest.events).toBe(before.events + 1);
  });

  it('refuses an answer to a State that did not ask, a malformed State, and a second answer, storing nothing', async () => {
    await closedBatch('organizations');
    await ask(objected);
    const before = await stateOf(t, views());
    expectRefusal(await answer('DEU'), 404, 'NOT_FOUND', /DEU has not requested the general basis/);
    expectRefusal(await answer('fr'), 400, 'VALIDATION_FAILED', /state must be an ISO 3166-1 alpha-3 code/);
    expectRefusal(await answer(undefined), 400, 'VALIDATION_FAILED', /state/);
    expect(await stateOf(t, views())).toEqual(before);
    expect((await answer('FRA')).statusCode).toBe(200);
    const answered = await stateOf(t, views());
    expectRefusal(await answer('FRA'), 409, 'ALREADY_EXISTS', /already made known to FRA/);
    expect(await stateOf(t, views())).toEqual(answered);
  });
});
