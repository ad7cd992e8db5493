import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { procedure } from '../support/procedure';
import { startTestApp, TestApp, TestResponse } from '../support/test-app';
import { bearer } from '../support/tokens';
import { PROGRAMME_2013 } from './arrangements.fixtures';

const SEGMENTS = PROGRAMME_2013.map(({ startsAt, endsAt, ...segment }) => ({
  ...segment,
  startsAt: startsAt.toISOString(),
  ...(endsAt ? { endsAt: endsAt.toISOString() } : {}),
}));

describe('HTTP: lists of speakers (paragraph 5)', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;

  beforeEach(async () => {
    t = await startTestApp({ now: '2013-05-06T15:00:00Z' });
    p = procedure(t);
    await p.createMeeting();
    expect((await p.put(`${p.base}/programme`, { segments: SEGMENTS })).statusCode).toBe(200);
  });
  afterEach(() => t.close());

  const speakers = `/v1/meetings/trafficking-2013/speakers`;
  const inscribe = (role: string, state: string, level: string, segmentId = 'plenary-1') =>
    p.post(speakers, { segmentId, level, speakerName: `${state} ${level}` }, bearer(role, state));
  const withdraw = (role: string, state: string, segmentId = 'plenary-1') =>
    p.del(`${speakers}/mine?segmentId=${segmentId}`, bearer(role, state));
  const order = async () =>
    (await p.get(`${speakers}?segmentId=plenary-1`)).json().speakers.map((s: { state: string; order: number }) => `${s.order} ${s.state}`);
  async function refused(request: () => Promise<TestResponse>, status: number, code: string): Promise<void> {
    const before = await t.eventCount();
    const response = await request();
    expect({ status: response.statusCode, code: response.json().code }).toEqual({ status, code });
    expect(await t.eventCount()).toBe(before);
  }

  it('inscribes Member States and observers and lists them in speaking order for every role', async () => {
    expect((await inscribe('member-state', 'FRA', 'minister')).statusCode).toBe(201);
    t.clock.advance(60_000);
    expect((await inscribe('observer', 'VAT', 'head-of-state')).statusCode).toBe(201);
    t.clock.advance(60_000);
    expect((await inscribe('member-state', 'NGA', 'head-of-state')).statusCode).toBe(201);
    expect((await inscribe('member-state', 'BRA', 'minister')).statusCode).toBe(201);
    expect((await inscribe('observer', 'EUU', 'minister')).statusCode).toBe(201);

    for (const [role, state] of [['pga'], ['auditor'], ['member-state', 'DEU'], ['observer', 'PSE']] as const) {
      const list = (await p.get(`${speakers}?segmentId=plenary-1`, bearer(role, state))).json();
      expect(list.speakers.map((s: { state: string }) => s.state)).toEqual(['NGA', 'VAT', 'FRA', 'BRA', 'EUU']);
    }
    const [first] = (await p.get(`${speakers}?segmentId=plenary-1`)).json().speakers;
    expect(first).toEqual({
      order: 1,
      segmentId: 'plenary-1',
      state: 'NGA',
      delegation: 'member-state',
      level: 'head-of-state',
      speakerName: 'NGA head-of-state',
      inscribedAt: '2013-05-06T15:02:00.000Z',
    });
  });

  it('takes one inscription per State per segment, and the same State on another plenary', async () => {
    await inscribe('member-state', 'FRA', 'minister');
    await refused(() => inscribe('member-state', 'FRA', 'head-of-state'), 409, 'ALREADY_EXISTS');
    expect((await inscribe('member-state', 'FRA', 'minister', 'plenary-2')).statusCode).toBe(201);
    const all = (await p.get(speakers, bearer('auditor'))).json();
    expect(all.lists.map((l: { segmentId: string; inscriptions: number }) => [l.segmentId, l.inscriptions])).toEqual([
      ['plenary-1', 1],
      ['plenary-2', 1],
      ['plenary-3', 0],
    ]);
  });

  it('closes a list: later inscriptions are refused, closing again is a no-op', async () => {
    await inscribe('member-state', 'FRA', 'minister');
    await refused(() => p.post(`${speakers}/closure`, { segmentId: 'plenary-1' }, bearer('member-state', 'FRA')), 403, 'FORBIDDEN');
    expect((await p.post(`${speakers}/closure`, { segmentId: 'plenary-1' })).json()).toMatchObject({ changed: true });
    expect((await p.post(`${speakers}/closure`, { segmentId: 'plenary-1' })).json()).toMatchObject({ changed: false });
    await refused(() => inscribe('member-state', 'DEU', 'minister'), 409, 'INVALID_STATE');
    expect((await p.get(`${speakers}?segmentId=plenary-1`)).json().lists).toEqual([
      { segmentId: 'plenary-1', status: 'closed', closedAt: '2013-05-06T15:00:00.000Z', inscriptions: 1 },
    ]);
  });

  it("withdraws the caller's own inscription; the State may inscribe again, after those already inscribed at its level", async () => {
    await inscribe('member-state', 'FRA', 'minister');
    await inscribe('observer', 'VAT', 'minister');
    await inscribe('member-state', 'DEU', 'minister');
    await inscribe('member-state', 'BRA', 'minister');
    const withdrawn = await withdraw('member-state', 'DEU');
    expect({ status: withdrawn.statusCode, body: withdrawn.json() }).toEqual({
      status: 200,
      body: { position: expect.stringMatching(/^\d+$/) },
    });
    expect(await order()).toEqual(['1 FRA', '2 BRA', '3 VAT']);
    expect((await withdraw('observer', 'VAT')).statusCode).toBe(200);
    expect((await inscribe('member-state', 'DEU', 'minister')).statusCode).toBe(201);
    expect((await inscribe('observer', 'VAT', 'minister')).statusCode).toBe(201);
    expect(await order()).toEqual(['1 FRA', '2 BRA', '3 DEU', '4 VAT']);
    expect((await p.get(`${speakers}?segmentId=plenary-1`)).json().lists).toEqual([
      { segmentId: 'plenary-1', status: 'open', inscriptions: 4 },
    ]);
  });

  it('refuses a withdrawal without an inscription of its own, on a closed list, from the wrong role, and stores nothing', async () => {
    await inscribe('member-state', 'FRA', 'minister');
    await refused(() => withdraw('member-state', 'DEU'), 404, 'NOT_FOUND');
    await refused(() => withdraw('member-state', 'FRA', 'plenary-2'), 404, 'NOT_FOUND');
    await refused(() => withdraw('member-state', 'FRA', 'plenary-9'), 404, 'NOT_FOUND');
    await refused(() => withdraw('member-state', 'FRA', 'panel-1'), 409, 'INVALID_STATE');
    await refused(() => withdraw('pga', 'FRA'), 403, 'FORBIDDEN');
    await refused(() => withdraw('auditor', 'FRA'), 403, 'FORBIDDEN');
    await refused(() => p.del(`${speakers}/mine`, bearer('member-state', 'FRA')), 400, 'VALIDATION_FAILED');
    expect((await p.post(`${speakers}/closure`, { segmentId: 'plenary-1' })).statusCode).toBe(200);
    await refused(() => withdraw('member-state', 'FRA'), 409, 'INVALID_STATE');
    expect(await order()).toEqual(['1 FRA']);
  });

  it('refuses segments without a list of speakers, unknown segments, the wrong roles and malformed bodies', async () => {
    await refused(() => inscribe('member-state', 'FRA', 'minister', 'opening-plenary'), 409, 'INVALID_STATE');
    await refused(() => inscribe('member-state', 'FRA', 'minister', 'panel-1'), 409, 'INVALID_STATE');
    await refused(() => inscribe('member-state', 'FRA', 'minister', 'plenary-9'), 404, 'NOT_FOUND');
    await refused(() => inscribe('pga', 'FRA', 'minister'), 403, 'FORBIDDEN');
    await refused(() => inscribe('member-state', 'FRA', 'ambassador'), 400, 'VALIDATION_FAILED');
    await refused(
      () =>
        p.post(
          '/v1/meetings/no-such-meeting/speakers',
          { segmentId: 'plenary-1', level: 'minister', speakerName: 'X' },
          bearer('member-state', 'FRA'),
        ),
      404,
      'NOT_FOUND',
    );
    expect((await p.get(`${speakers}?segmentId=plenary-9`)).statusCode).toBe(404);
    expect((await p.get(`${speakers}?segmentId=NOT_A_SLUG`)).statusCode).toBe(400);
  });

  it('keeps a plenary with inscribed speakers in the programme', async () => {
    await inscribe('member-state', 'FRA', 'minister');
    const without = SEGMENTS.filter((s) => s.id !== 'plenary-1');
    await refused(() => p.put(`${p.base}/programme`, { segments: without }), 409, 'INVALID_STATE');
    const withoutPlenary2 = SEGMENTS.filter((s) => s.id !== 'plenary-2');
    expect((await p.put(`${p.base}/programme`, { segments: withoutPlenary2 })).statusCode).toBe(200);
  });
});
