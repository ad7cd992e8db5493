import { describe, expect, it } from '@jest/globals';
import { ListReader } from '../../src/accreditation/projections/list.reader';
import { ListsProjection, listOfStream } from '../../src/accreditation/projections/lists.projection';
import { MeetingsProjection } from '../../src/accreditation/projections/meetings.projection';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { ApiError } from '../../src/platform/http/api-error';
import {
  pga,
  auditor,
  russia,
  china,
  france,
  holySee,
  EXTENDED,
  CLOSED_AT,
  E,
  org,
  store,
  queries,
  log,
  useFreshStore,
  createMeeting,
  createList,
  procedure,
  entry,
  russiaObjection,
  chinaObjection,
} from './lists.projection.fixtures';

describe('lists projection and list queries', () => {
  useFreshStore();

  describe('procedure', () => {
    it('reads the stream of a list', () => {
      expect(listOfStream('list-hlm-2013.ngos-2')).toEqual({ meetingId: 'hlm-2013', listId: 'ngos-2' });
      expect(listOfStream('meeting-hlm-2013')).toBeUndefined();
    });

    it('follows each entry through proposal, consideration, closure and transmittal', () => {
      const list = procedure('hlm', 'organizations', false);
      let view = queries.list('hlm', 'ngos', pga);
      expect(view).toMatchObject({ id: 'ngos', kind: 'non-objection', title: 'List ngos', status: 'open' });
      expect(view.batches).toEqual([{ number: 1, deadline: EXTENDED, status: 'open' }]);
      expect(view.entries.map((e) => [e.id, e.status, e.batch])).toEqual([
        [E(1), 'under-consideration', 1],
        [E(2), 'under-consideration', 1],
        [E(3), 'under-consideration', 1],
        [E(4), 'withdrawn', undefined],
        [E(5), 'proposed', undefined],
      ]);

      list('EntryApproved', { entryId: E(1), basis: 'no-objection' }, CLOSED_AT);
      list('EntryObjected', { entryId: E(2), batch: 1, states: ['RUS', 'CHN'] }, CLOSED_AT);
      list('EntryApproved', { entryId: E(3), basis: 'no-objection' }, CLOSED_AT);
      list('BatchClosed', { batch: 1, deadline: EXTENDED, closedAt: CLOSED_AT, approved: 2, objected: 1 }, CLOSED_AT);
      list('EntryWithdrawn', { entryId: E(5) });
      list('ListTransmitted', { transmittedAt: '2013-03-13T15:00:00.000Z', entries: 3 });

      view = queries.list('hlm', 'ngos', pga);
      expect(view.status).toBe('transmitted');
      expect(view.transmittedAt).toBe('2013-03-13T15:00:00.000Z');
      expect(view.batches).toEqual([{ number: 1, deadline: EXTENDED, status: 'closed', closedAt: CLOSED_AT }]);
      expect(view.entries.map((e) => e.status)).toEqual(['approved', 'objected', 'approved', 'withdrawn', 'withdrawn']);
    });

    it('records the General Assembly decision on objected entries', () => {
      const list = procedure('ga', 'none', true, true);
      list('GeneralAssemblyDecisionRecorded', { entryId: E(2), decision: 'reject', reference: 'A/67/L.70' }, '2013-04-01T15:00:00.000Z');
      const decision = { decision: 'reject', reference: 'A/67/L.70', recordedAt: '2013-04-01T15:00:00.000Z' };
      for (const viewer of [pga, auditor, russia, france, holySee]) {
        expect(entry('ga', viewer, 2)).toMatchObject({ status: 'rejected', generalAssemblyDecision: decision });
      }
      list('GeneralAssemblyDecisionRecorded', { entryId: E(2), decision: 'approve', reference: 'A/67/L.71' });
      expect(entry('ga', holySee, 2).status).toBe('approved');
      expect(queries.accreditations('ga').organizations.map((o) => o.entryId)).toEqual([E(1), E(2), E(3)]);
    });

    it('keeps proposal order beyond nine entries', () => {
      const policy = createMeeting('many');
      const list = createList('many', 'ngos', policy);
      const ids = [12, 3, 11, 1, 10, 2].map(E);
      ids.forEach((entryId, i) => list('EntryProposed', { entryId, organization: org(`Org ${i}`, 'FRA') }));
      expect(queries.list('many', 'ngos', pga).entries.map((e) => e.id)).toEqual(ids);
    });

    it('answers NOT_FOUND for a missing meeting or list', () => {
      createMeeting('hlm');
      const notFound = (fn: () => unknown) => {
        try {
          fn();
        } catch (error) {
          expect(error).toBeInstanceOf(ApiError);
          expect((error as ApiError).code).toBe('NOT_FOUND');
          return;
        }
        throw new Error('expected NOT_FOUND');
      };
      notFound(() => queries.list('hlm', 'nothing', pga));
      notFound(() => queries.list('nowhere', 'ngos', pga));
      notFound(() => queries.accreditations('nowhere'));
      expect(queries.accreditations('hlm')).toEqual({ organizations: [] });
    });
  });

  describe('who sees objections', () => {
    it('shows pga and auditor every standing objection, with reasons, before closure', () => {
      procedure('hlm', 'none', false);
      for (const viewer of [pga, auditor]) {
        expect(entry('hlm', viewer, 2)).toEqual({
          id: E(2),
          organization: org('Beta', 'KEN'),
          status: 'under-consideration',
          batch: 1,
          objections: [russiaObjection, chinaObjection],
        });
        expect(entry('hlm', viewer, 3).objections).toEqual([]);
      }
    });

    it('shows pga and auditor the real status, objections, states and count after closure whatever the policy', () => {
      for (const disclosure of ['none', 'organizations', 'organizations-and-states'] as const) {
        procedure(`hlm-${disclosure}`, disclosure, true);
        for (const viewer of [pga, auditor]) {
          expect(entry(`hlm-${disclosure}`, viewer, 2)).toEqual({
            id: E(2),
            organization: org('Beta', 'KEN'),
            status: 'objected',
            batch: 1,
            objections: [russiaObjection, chinaObjection],
            objectingStates: ['RUS', 'CHN'],
            objectionCount: 2,
          });
        }
      }
    });

    it('shows a member State only its own objection before closure', () => {
      procedure('hlm', 'organizations-and-states', false);
      expect(entry('hlm', russia, 2)).toEqual({
        id: E(2),
        organization: org('Beta', 'KEN'),
        status: 'under-consideration',
        batch: 1,
        objections: [russiaObjection],
      });
      expect(entry('hlm', china, 2).objections).toEqual([chinaObjection]);
      const bystander = entry('hlm', france, 2);
      expect(bystander.objections).toEqual([]);
      expect(bystander.objectingStates).toBeUndefined();
      expect(bystander.objectionCount).toBeUndefined();
    });

    it('shows an observer nothing about objections before closure', () => {
      procedure('hlm', 'organizations-and-states', false);
      expect(entry('hlm', holySee, 2)).toEqual({
        id: E(2),
        organization: org('Beta', 'KEN'),
        status: 'under-consideration',
        batch: 1,
      });
    });

    it('discloses organizations and states after closure under "organizations-and-states"', () => {
      procedure('hlm', 'organizations-and-states', true);
      const base = { id: E(2), organization: org('Beta', 'KEN'), status: 'objected', batch: 1, objectingStates: ['RUS', 'CHN'] };
      expect(entry('hlm', holySee, 2)).toEqual(base);
      expect(entry('hlm', france, 2)).toEqual({ ...base, objections: [] });
      expect(entry('hlm', china, 2)).toEqual({ ...base, objections: [chinaObjection] });
      expect(entry('hlm', holySee, 1)).toEqual({ id: E(1), organization: org('Alpha', 'FRA'), status: 'approved', batch: 1 });
    });

    it('discloses organizations and a count after closure under "organizations"', () => {
      procedure('hlm', 'organizations', true);
      const base = { id: E(2), organization: org('Beta', 'KEN'), status: 'objected', batch: 1, objectionCount: 2 };
      expect(entry('hlm', holySee, 2)).toEqual(base);
      expect(entry('hlm', france, 2)).toEqual({ ...base, objections: [] });
      expect(entry('hlm', russia, 2)).toEqual({ ...base, objections: [russiaObjection] });
    });

    it('shows "not-approved" and nothing about objections after closure under "none"', () => {
      procedure('hlm', 'none', true);
      const base = { id: E(2), organization: org('Beta', 'KEN'), status: 'not-approved', batch: 1 };
      expect(entry('hlm', holySee, 2)).toEqual(base);
      expect(entry('hlm', france, 2)).toEqual({ ...base, objections: [] });
      expect(entry('hlm', russia, 2)).toEqual({ ...base, objections: [russiaObjection] });
      expect(entry('hlm', china, 2)).toEqual({ ...base, objections: [chinaObjection] });
    });

    it('never lets another State read a reason', () => {
      for (const disclosure of ['none', 'organizations', 'organizations-and-states'] as const) {
        for (const close of [false, true]) {
          const meetingId = `m-${disclosure}-${close}`;
          procedure(meetingId, disclosure, close);
          for (const viewer of [france, china, holySee]) {
            const text = JSON.stringify(queries.list(meetingId, 'ngos', viewer));
            expect(text).not.toContain('Not independent');
            expect(text).not.toContain('Second thoughts');
          }
          expect(JSON.stringify(queries.list(meetingId, 'ngos', pga))).not.toContain('Second thoughts');
        }
      }
    });
  });

  it('gives the same documents when the events are replayed into a fresh store', () => {
    const list = procedure('hlm', 'organizations', true);
    list('ListTransmitted', { transmittedAt: '2013-03-13T15:00:00.000Z', entries: 3 });
    const replayed = new ProjectionStore(':memory:');
    const batch = replayed.batch();
    for (const event of log) {
      new MeetingsProjection().apply(event, batch.writer('meetings'));
      new ListsProjection().apply(event, batch.writer('lists'));
    }
    batch.commit();
    expect(new ListReader(replayed).list('hlm', 'ngos', pga)).toEqual(queries.list('hlm', 'ngos', pga));
    expect(replayed.list('lists', '')).toEqual(store.list('lists', ''));
    replayed.close();
  });
});
