import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { expectRefusedUnchanged } from '../support/unchanged';

const DEADLINE = '2013-04-26T18:00:00-04:00';
const OBJECTED_AT = '2013-04-20T10:00:00.000Z';
const LIST = 'other-ngos';
const REASON = 'Not independent of a government.';

describe('HTTP: objections made on behalf of other States', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let walkFree: string;
  const asState = (state: string) => bearer('member-state', state);
  const disownUrl = () => `${p.base}/lists/${LIST}/entries/${walkFree}/objections/on-behalf/mine`;
  const pendingEntry = async (state: string) =>
    (await p.get('/v1/member-states/me/pending', asState(state))).json().batches[0].entries[0] as Record<string, unknown>;
  const views = () => ['UGA', 'TZA', 'KEN'].map((state) => ({ url: '/v1/member-states/me/pending', headers: asState(state) }));

  beforeEach(async () => {
    t = await startTestApp({ now: '2013-04-19T15:00:00Z' });
    p = procedure(t);
    await p.createMeeting({ objectionDisclosure: 'none' });
    await p.createList(LIST, 'non-objection');
    [walkFree] = await p.propose(LIST, [org('Walk Free', 'AUS'), org('Polaris Project', 'USA')]);
    await p.submit(LIST, DEADLINE);
    t.clock.set(OBJECTED_AT);
    expect((await p.object(LIST, walkFree, 'KEN', { reason: REASON, onBehalfOf: ['UGA', 'TZA'] })).statusCode).toBe(201);
  });
  afterEach(() => t.close());

  it('shows each State named who objected on its behalf and when, in its pending and list views, never the reason', async () => {
    for (const state of ['UGA', 'TZA']) {
      expect(await pendingEntry(state)).toEqual({
        id: walkFree,
        organization: org('Walk Free', 'AUS'),
        objectionsOnMyBehalf: [{ state: 'KEN', raisedAt: OBJECTED_AT }],
      });
      const entry = (await p.list(LIST, asState(state))).entries[0];
      expect(entry).toMatchObject({ objections: [], objectionsOnMyBehalf: [{ state: 'KEN', raisedAt: OBJECTED_AT }] });
      expect(JSON.stringify(await p.list(LIST, asState(state)))).not.toContain(REASON);
    }
    expect((await pendingEntry('FRA')).objectionsOnMyBehalf).toBeUndefined();
    expect((await p.list(LIST, asState('FRA'))).entries[0].objectionsOnMyBehalf).toBeUndefined();
  });

  it('lets a State disown it: it leaves onBehalfOf, and the objection stands for the objecting State and the others', async () => {
    const disowned = await p.del(disownUrl(), asState('UGA'));
    expect(disowned.statusCode).toBe(200);
    expect(disowned.json()).toEqual({ position: expect.any(String) });

    expect((await pendingEntry('UGA')).objectionsOnMyBehalf).toBeUndefined();
    expect((await pendingEntry('TZA')).objectionsOnMyBehalf).toEqual([{ state: 'KEN', raisedAt: OBJECTED_AT }]);
    expect((await pendingEntry('KEN')).myObjection).toEqual({ reason: REASON, onBehalfOf: ['TZA'], raisedAt: OBJECTED_AT });
    expect((await p.list(LIST)).entries[0].objections).toEqual([
      { state: 'KEN', onBehalfOf: ['TZA'], reason: REASON, raisedAt: OBJECTED_AT },
    ]);

    t.clock.set('2013-04-26T22:00:00Z');
    expect((await p.close(LIST, 1)).statusCode).toBe(200);
    expect((await p.list(LIST)).entries[0]).toMatchObject({ status: 'objected', objectingStates: ['KEN'] });
  });

  it('answers 404 to a State not named (the objecting State too), and to one that already disowned; stores nothing', async () => {
    const notNamed = /No standing objection to entry .* is made on behalf of (FRA|KEN|UGA); there is nothing to disown/;
    for (const state of ['FRA', 'KEN']) {
      await expectRefusedUnchanged(
        t,
        () => p.del(disownUrl(), asState(state)),
        { status: 404, code: 'NOT_FOUND', message: notNamed },
        views(),
      );
    }
    expect((await p.del(disownUrl(), asState('UGA'))).statusCode).toBe(200);
    await expectRefusedUnchanged(
      t,
      () => p.del(disownUrl(), asState('UGA')),
      { status: 404, code: 'NOT_FOUND', message: notNamed },
      views(),
    );
    const unknown = `${p.base}/lists/${LIST}/entries/00000000-0000-4000-8000-000000000099/objections/on-behalf/mine`;
    await expectRefusedUnchanged(t, () => p.del(unknown, asState('TZA')), { status: 404, code: 'NOT_FOUND', message: /no entry/ }, views());
  });

  it('refuses after the deadline, naming it, as for withdrawals; stores nothing', async () => {
    t.clock.set('2013-04-26T22:00:00Z');
    const closed = {
      status: 409,
      code: 'NON_OBJECTION_PERIOD_CLOSED',
      message: /deadline 2013-04-26T22:00:00.000Z; an objection can no longer be disowned/,
    };
    await expectRefusedUnchanged(t, () => p.del(disownUrl(), asState('TZA')), closed, views());
    expect((await p.close(LIST, 1)).statusCode).toBe(200);
    await expectRefusedUnchanged(t, () => p.del(disownUrl(), asState('TZA')), closed, views());
  });

  it('refuses every role but member-state, and a malformed entry id, storing nothing', async () => {
    for (const headers of [bearer('pga'), bearer('observer', 'VAT'), bearer('auditor')]) {
      await expectRefusedUnchanged(t, () => p.del(disownUrl(), headers), { status: 403, code: 'FORBIDDEN', message: /./ }, views());
    }
    const malformed = `${p.base}/lists/${LIST}/entries/not-a-uuid/objections/on-behalf/mine`;
    await expectRefusedUnchanged(
      t,
      () => p.del(malformed, asState('TZA')),
      { status: 400, code: 'VALIDATION_FAILED', message: /entryId/ },
      views(),
    );
  });
});
