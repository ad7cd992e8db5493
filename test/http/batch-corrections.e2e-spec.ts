import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { DEADLINE_SCHEDULER } from '../../src/deadlines/deadline-scheduler.port';
import { InProcessDeadlineScheduler } from '../../src/deadlines/in-process-deadline-scheduler';
import { org, procedure } from '../support/procedure';
import { startTestApp, TestApp } from '../support/test-app';
import { bearer } from '../support/tokens';
import { expectRefusedUnchanged } from '../support/unchanged';

const NOW = '2013-04-19T15:00:00Z';
const DEADLINE = '2013-04-26T18:00:00-04:00';
/** The deadline the PGA meant, typed with the month wrong: eight months instead of one week. */
const MISTYPED = '2013-12-26T18:00:00-05:00';
const LIST = 'other-ngos';

describe('HTTP: correcting a batch (deadline cap, cancellation)', () => {
  let t: TestApp;
  let p: ReturnType<typeof procedure>;
  let entries: string[];
  const batchUrl = (batch: number, action: string) => `${p.base}/lists/${LIST}/batches/${batch}/${action}`;
  const views = () => [{ url: `${p.base}/lists/${LIST}` }, { url: '/v1/member-states/me/pending', headers: bearer('member-state', 'KEN') }];

  beforeEach(async () => {
    t = await startTestApp({ now: NOW });
    p = procedure(t);
    await p.createMeeting();
    await p.createList(LIST, 'non-objection');
    entries = await p.propose(LIST, [org('La Strada International', 'NLD'), org('Polaris Project', 'USA'), org('Walk Free', 'AUS')]);
  });
  afterEach(() => t.close());

  describe('the deadline cap', () => {
    it('refuses a submission more than MAX_DEADLINE_DAYS (366) ahead, naming the limit and the variable; stores nothing', async () => {
      await expectRefusedUnchanged(
        t,
        () => p.post(`${p.base}/lists/${LIST}/batches`, { deadline: '2014-04-26T18:00:00-04:00' }),
        {
          status: 400,
          code: 'VALIDATION_FAILED',
          message: /more than 366 days ahead \(the limit set by MAX_DEADLINE_DAYS\).*2014-04-20T15:00:00.000Z/,
        },
        views(),
      );
      expect((await p.post(`${p.base}/lists/${LIST}/batches`, { deadline: '2014-04-20T15:00:00Z' })).statusCode).toBe(201);
    });

    it('refuses an extension beyond the cap, counted from now; stores nothing', async () => {
      await p.submit(LIST, DEADLINE);
      await expectRefusedUnchanged(
        t,
        () => p.post(batchUrl(1, 'extension'), { deadline: '2014-04-21T00:00:00Z' }),
        { status: 400, code: 'VALIDATION_FAILED', message: /MAX_DEADLINE_DAYS/ },
        views(),
      );
      expect((await p.post(batchUrl(1, 'extension'), { deadline: '2014-04-20T00:00:00Z' })).statusCode).toBe(200);
    });

    it('takes the limit from MAX_DEADLINE_DAYS', async () => {
      await t.close();
      t = await startTestApp({ now: NOW, env: { MAX_DEADLINE_DAYS: '30' } });
      p = procedure(t);
      await p.createMeeting();
      await p.createList(LIST, 'non-objection');
      await p.propose(LIST, [org('La Strada International', 'NLD')]);
      const refused = await p.post(`${p.base}/lists/${LIST}/batches`, { deadline: '2013-05-20T15:00:01Z' });
      expect(refused.json()).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.stringContaining('30 days') });
      expect((await p.post(`${p.base}/lists/${LIST}/batches`, { deadline: '2013-05-19T15:00:00Z' })).statusCode).toBe(201);
    });
  });

  describe('cancelling an open batch', () => {
    it('sends its entries back to proposed, lets their objections lapse, and leaves the PGA free to submit them again', async () => {
      await p.submit(LIST, MISTYPED);
      expect((await p.object(LIST, entries[0], 'KEN', { reason: 'Not independent.', onBehalfOf: ['UGA'] })).statusCode).toBe(201);
      expect((await p.del(`${p.base}/lists/${LIST}/entries/${entries[2]}`)).statusCode).toBe(200);

      const cancelled = await p.post(batchUrl(1, 'cancellation'), { reason: 'The deadline was typed with the wrong month.' });
      expect(cancelled.statusCode).toBe(200);
      expect(cancelled.json()).toEqual({ position: expect.any(String) });

      for (const [role, viewer] of [
        ['pga', bearer('pga')],
        ['observer', bearer('observer', 'VAT')],
        ['member-state', bearer('member-state', 'KEN')],
      ] as const) {
        const list = await p.list(LIST, viewer);
        expect(list.batches).toEqual([
          {
            number: 1,
            deadline: '2013-12-26T23:00:00.000Z',
            status: 'cancelled',
            cancelledAt: '2013-04-19T15:00:00.000Z',
            cancellationReason: 'The deadline was typed with the wrong month.',
          },
        ]);
        // Back to proposed, the entries are the Office's drafts again: Member States and observers no longer see them.
        const drafts: Array<[string, number | undefined]> =
          role === 'pga'
            ? [
                ['proposed', undefined],
                ['proposed', undefined],
              ]
            : [];
        expect(list.entries.map((e: { status: string; batch?: number }) => [e.status, e.batch])).toEqual([...drafts, ['withdrawn', 1]]);
        expect(list.representation.byRegionalGroup).toEqual({});
      }
      expect((await p.list(LIST)).entries[0].objections).toEqual([]);
      expect((await p.list(LIST, bearer('member-state', 'UGA'))).entries[0].objectionsOnMyBehalf).toBeUndefined();
      expect((await p.get('/v1/member-states/me/pending', bearer('member-state', 'KEN'))).json()).toEqual({ batches: [] });

      const again = await p.submit(LIST, DEADLINE);
      expect(again).toMatchObject({ batch: 2, entryIds: [entries[0], entries[1]], deadline: '2013-04-26T22:00:00.000Z' });
      const pending = (await p.get('/v1/member-states/me/pending', bearer('member-state', 'KEN'))).json();
      expect(pending.batches.map((b: { batch: number }) => b.batch)).toEqual([2]);
      expect((await p.object(LIST, entries[0], 'KEN')).statusCode).toBe(201);
    });

    it('leaves its closure and reminder jobs nothing to do', async () => {
      await p.submit(LIST, MISTYPED);
      expect((await p.post(batchUrl(1, 'cancellation'), { reason: 'Wrong deadline.' })).statusCode).toBe(200);
      const scheduler = t.app.get<InProcessDeadlineScheduler>(DEADLINE_SCHEDULER);
      const before = await t.eventCount();
      t.clock.set('2013-12-24T23:00:00Z'); // the 72-hour reminder of the mistyped deadline
      await scheduler.runDue();
      t.clock.set('2013-12-27T00:00:00Z'); // past the mistyped deadline
      await scheduler.runDue();
      expect(await t.eventCount()).toBe(before);
      expect((await p.list(LIST)).batches[0].status).toBe('cancelled');
      expect(await scheduler.health()).toMatchObject({ delayed: 0, failed: 0 });
    });

    it('refuses a batch that is closed, cancelled, past its deadline or unknown, and stores nothing', async () => {
      await p.submit(LIST, DEADLINE);
      const cancel =
        (batch: number, body: object = { reason: 'Wrong deadline.' }) =>
        () =>
          p.post(batchUrl(batch, 'cancellation'), body);
      await expectRefusedUnchanged(t, cancel(9), { status: 404, code: 'NOT_FOUND', message: /no batch 9 on list "other-ngos"/ }, views());
      t.clock.set('2013-04-26T22:00:00Z');
      await expectRefusedUnchanged(
        t,
        cancel(1),
        { status: 409, code: 'INVALID_STATE', message: /deadline 2013-04-26T22:00:00.000Z of batch 1 has passed/ },
        views(),
      );
      expect((await p.close(LIST, 1)).statusCode).toBe(200);
      await expectRefusedUnchanged(t, cancel(1), { status: 409, code: 'INVALID_STATE', message: /is closed; only an open batch/ }, views());

      await p.propose(LIST, [org('Kav LaOved', 'ISR')]);
      await p.submit(LIST, '2013-05-03T18:00:00-04:00');
      expect((await cancel(2)()).statusCode).toBe(200);
      await expectRefusedUnchanged(
        t,
        cancel(2),
        { status: 409, code: 'INVALID_STATE', message: /is cancelled; only an open batch/ },
        views(),
      );
    });

    it('refuses a missing, blank or overlong reason, and every role but pga, storing nothing', async () => {
      await p.submit(LIST, DEADLINE);
      const url = batchUrl(1, 'cancellation');
      for (const body of [{}, { reason: '' }, { reason: 'x'.repeat(2001) }]) {
        await expectRefusedUnchanged(t, () => p.post(url, body), { status: 400, code: 'VALIDATION_FAILED', message: /reason/ }, views());
      }
      await expectRefusedUnchanged(
        t,
        () => p.post(url, { reason: '   ' }),
        { status: 400, code: 'VALIDATION_FAILED', message: /reason has no visible character/ },
        views(),
      );
      for (const headers of [bearer('member-state', 'KEN'), bearer('observer', 'VAT'), bearer('auditor')]) {
        await expectRefusedUnchanged(
          t,
          () => p.post(url, { reason: 'No.' }, headers),
          { status: 403, code: 'FORBIDDEN', message: /./ },
          views(),
        );
      }
    });
  });
});
