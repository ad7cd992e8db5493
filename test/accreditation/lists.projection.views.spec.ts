import { describe, expect, it } from '@jest/globals';
import { ListsProjection } from '../../src/accreditation/projections/lists.projection';
import { MeetingsProjection } from '../../src/accreditation/projections/meetings.projection';
import { Actor } from '../../src/event-store/event-store.port';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import {
  pga,
  auditor,
  russia,
  china,
  france,
  holySee,
  OBJECTED_AT,
  DEADLINE,
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

describe('lists projection: representation, accreditations, pending batches, corrections', () => {
  useFreshStore();

  describe('representation', () => {
    it('counts approved and under-consideration entries by regional group, with "Other" and missing groups', () => {
      const policy = createMeeting('hlm');
      const list = createList('hlm', 'ngos', policy);
      const orgs: Array<[number, string]> = [
        [1, 'FRA'],
        [2, 'KEN'],
        [3, 'XKX'],
        [4, 'VAT'],
        [5, 'USA'],
        [6, 'BRA'],
        [7, 'CHN'],
        [8, 'RUS'],
      ];
      for (const [n, country] of orgs) list('EntryProposed', { entryId: E(n), organization: org(`Org ${n}`, country) });
      list('BatchSubmitted', { batch: 1, deadline: DEADLINE, entryIds: [E(1), E(2), E(3), E(4), E(7), E(8)] });
      list('ObjectionRaised', { entryId: E(7), batch: 1, state: 'IND', onBehalfOf: [] });
      list('EntryApproved', { entryId: E(1), basis: 'no-objection' });
      list('EntryApproved', { entryId: E(2), basis: 'no-objection' });
      list('EntryApproved', { entryId: E(3), basis: 'no-objection' });
      list('EntryApproved', { entryId: E(4), basis: 'no-objection' });
      list('EntryObjected', { entryId: E(7), batch: 1, states: ['IND'] });
      list('EntryWithdrawn', { entryId: E(8) });
      list('BatchClosed', { batch: 1, deadline: DEADLINE, closedAt: CLOSED_AT, approved: 4, objected: 1 });
      // FRA, KEN, XKX and VAT approved; USA under consideration; BRA proposed, CHN objected, RUS withdrawn do not count.
      list('BatchSubmitted', { batch: 2, deadline: EXTENDED, entryIds: [E(5)] });
      const { representation } = queries.list('hlm', 'ngos', holySee);
      expect(representation).toEqual({
        byRegionalGroup: {
          'African Group': 1,
          'Western European and Others Group': 2,
          Other: 2,
        },
        missingGroups: ['Asia-Pacific Group', 'Eastern European Group', 'Latin American and Caribbean Group'],
      });
      // The viewer does not change the counts.
      expect(queries.list('hlm', 'ngos', pga).representation).toEqual(representation);
    });
  });

  describe('accreditations', () => {
    it('lists every approved organization of every list of the meeting', () => {
      const policy = createMeeting('hlm');
      const ecosoc = createList('hlm', 'ecosoc', policy, 'ecosoc');
      ecosoc('EntryProposed', { entryId: E(11), organization: org('Consultative', 'IND', { ecosocStatus: 'general' }) });
      ecosoc('EntryApproved', { entryId: E(11), basis: 'ecosoc-consultative-status' });
      ecosoc('EntryProposed', { entryId: E(12), organization: org('Rostered', 'MEX', { ecosocStatus: 'roster', category: 'academia' }) });
      ecosoc('EntryApproved', { entryId: E(12), basis: 'ecosoc-consultative-status' });
      ecosoc('EntryProposed', { entryId: E(13), organization: org('Gone', 'MEX', { ecosocStatus: 'special' }) });
      ecosoc('EntryWithdrawn', { entryId: E(13) });
      const ngos = createList('hlm', 'ngos', policy);
      ngos('EntryProposed', { entryId: E(1), organization: org('Alpha', 'FRA', { category: 'media' }) });
      ngos('EntryProposed', { entryId: E(2), organization: org('Beta', 'KEN') });
      ngos('EntryProposed', { entryId: E(3), organization: org('Gamma', 'BRA') });
      ngos('BatchSubmitted', { batch: 1, deadline: DEADLINE, entryIds: [E(1), E(2)] });
      ngos('EntryApproved', { entryId: E(1), basis: 'no-objection' });
      ngos('EntryObjected', { entryId: E(2), batch: 1, states: ['RUS'] });
      ngos('BatchClosed', { batch: 1, deadline: DEADLINE, closedAt: CLOSED_AT, approved: 1, objected: 1 });
      // Another meeting's approved entries stay out.
      const other = createList('hlm-2', 'ngos', createMeeting('hlm-2'), 'ecosoc');
      other('EntryProposed', { entryId: E(99), organization: org('Elsewhere', 'FRA') });
      other('EntryApproved', { entryId: E(99), basis: 'ecosoc-consultative-status' });

      expect(queries.accreditations('hlm')).toEqual({
        organizations: [
          { entryId: E(11), listId: 'ecosoc', name: 'Consultative', country: 'IND', category: 'ngo' },
          { entryId: E(12), listId: 'ecosoc', name: 'Rostered', country: 'MEX', category: 'academia' },
          { entryId: E(1), listId: 'ngos', name: 'Alpha', country: 'FRA', category: 'media' },
        ],
      });
    });
  });

  describe('pending batches of a member State', () => {
    it('gives every open batch, soonest deadline first, with entries still under consideration and my objections', () => {
      const late = procedure('hlm', 'organizations', false); // batch 1 of hlm/ngos, deadline EXTENDED
      late('EntryWithdrawn', { entryId: E(3) });
      const policy = createMeeting('other');
      const soon = createList('other', 'media', policy);
      soon('EntryProposed', { entryId: E(21), organization: org('Press', 'GHA', { category: 'media' }) });
      soon('EntryProposed', { entryId: E(22), organization: org('Radio', 'GHA', { category: 'media' }) });
      soon('BatchSubmitted', { batch: 1, deadline: '2013-03-08T22:00:00.000Z', entryIds: [E(21)] });
      // Later than EXTENDED (22:00Z) although it sorts before it as text.
      soon('BatchSubmitted', { batch: 2, deadline: '2013-03-12T20:00:00-04:00', entryIds: [E(22)] });
      soon('ObjectionRaised', { entryId: E(22), batch: 2, state: 'RUS', onBehalfOf: ['BLR'] }, OBJECTED_AT);
      // A closed batch is no longer pending.
      const closed = createList('other', 'closed', policy);
      closed('EntryProposed', { entryId: E(31), organization: org('Done', 'FRA') });
      closed('BatchSubmitted', { batch: 1, deadline: '2013-03-01T22:00:00.000Z', entryIds: [E(31)] });
      closed('EntryApproved', { entryId: E(31), basis: 'no-objection' });
      closed('BatchClosed', { batch: 1, deadline: '2013-03-01T22:00:00.000Z', closedAt: CLOSED_AT, approved: 1, objected: 0 });

      const pending = queries.pendingFor('RUS');
      expect(pending.batches.map((b) => [b.meetingId, b.listId, b.batch, b.deadline])).toEqual([
        ['other', 'media', 1, '2013-03-08T22:00:00.000Z'],
        ['hlm', 'ngos', 1, EXTENDED],
        ['other', 'media', 2, '2013-03-12T20:00:00-04:00'],
      ]);
      expect(pending.batches[0].entries).toEqual([{ id: E(21), organization: org('Press', 'GHA', { category: 'media' }) }]);
      expect(pending.batches[1].entries).toEqual([
        { id: E(1), organization: org('Alpha', 'FRA') },
        { id: E(2), organization: org('Beta', 'KEN'), myObjection: { reason: 'Not independent', onBehalfOf: [], raisedAt: OBJECTED_AT } },
      ]);
      expect(pending.batches[2].entries).toEqual([
        {
          id: E(22),
          organization: org('Radio', 'GHA', { category: 'media' }),
          myObjection: { onBehalfOf: ['BLR'], raisedAt: OBJECTED_AT },
        },
      ]);
      // Another State sees the same batches and none of Russia's objections.
      const forChina = queries.pendingFor('CHN');
      expect(forChina.batches[1].entries[1].myObjection).toEqual({ onBehalfOf: ['PAK'], raisedAt: OBJECTED_AT });
      expect(JSON.stringify(forChina)).not.toContain('Not independent');
      expect(forChina.batches[2].entries[0].myObjection).toBeUndefined();

      late('EntryApproved', { entryId: E(1), basis: 'no-objection' }, CLOSED_AT);
      late('EntryObjected', { entryId: E(2), batch: 1, states: ['RUS', 'CHN'] }, CLOSED_AT);
      late('BatchClosed', { batch: 1, deadline: EXTENDED, closedAt: CLOSED_AT, approved: 1, objected: 1 }, CLOSED_AT);
      expect(queries.pendingFor('RUS').batches.map((b) => `${b.meetingId}/${b.listId}/${b.batch}`)).toEqual([
        'other/media/1',
        'other/media/2',
      ]);
    });
  });

  describe("the Office's drafts", () => {
    it('shows entries not yet submitted (proposed, or withdrawn before any batch) to pga and auditor only', () => {
      procedure('hlm', 'organizations', false);
      const ids = (viewer: Actor) => queries.list('hlm', 'ngos', viewer).entries.map((e) => e.id);
      expect(ids(pga)).toEqual([E(1), E(2), E(3), E(4), E(5)]);
      expect(ids(auditor)).toEqual([E(1), E(2), E(3), E(4), E(5)]);
      expect(ids(france)).toEqual([E(1), E(2), E(3)]);
      expect(ids(holySee)).toEqual([E(1), E(2), E(3)]);
    });
  });

  describe('correcting a batch; objections made on behalf of other States', () => {
    const pakistan: Actor = { role: 'member-state', subject: 'pak-mission', state: 'PAK' };
    const CANCELLED_AT = '2013-03-06T15:00:00.000Z';

    it('shows a State named in onBehalfOf who objected on its behalf and when, never the reason, whatever the disclosure', () => {
      for (const [meetingId, disclosure] of [
        ['hlm', 'organizations-and-states'],
        ['quiet', 'none'],
      ] as const) {
        procedure(meetingId, disclosure, false);
        expect(entry(meetingId, pakistan, 2).objectionsOnMyBehalf).toEqual([{ state: 'CHN', raisedAt: OBJECTED_AT }]);
        expect(entry(meetingId, pakistan, 2).objections).toEqual([]);
        expect(entry(meetingId, pakistan, 1).objectionsOnMyBehalf).toBeUndefined();
        for (const viewer of [russia, france, holySee, pga, auditor]) {
          expect(entry(meetingId, viewer, 2).objectionsOnMyBehalf).toBeUndefined();
        }
      }
      procedure('closed', 'none', true);
      expect(entry('closed', pakistan, 2)).toEqual({
        id: E(2),
        organization: org('Beta', 'KEN'),
        status: 'not-approved',
        batch: 1,
        objections: [],
        objectionsOnMyBehalf: [{ state: 'CHN', raisedAt: OBJECTED_AT }],
      });
      expect(JSON.stringify(queries.list('closed', 'ngos', pakistan))).not.toContain('Not independent');
    });

    it('lists the objections made on its behalf in the pending view of the State named', () => {
      procedure('hlm', 'organizations', false);
      const [batch] = queries.pendingFor('PAK').batches;
      expect(batch.entries[1]).toEqual({
        id: E(2),
        organization: org('Beta', 'KEN'),
        objectionsOnMyBehalf: [{ state: 'CHN', raisedAt: OBJECTED_AT }],
      });
      expect(batch.entries[0].objectionsOnMyBehalf).toBeUndefined();
    });

    it('takes a State that disowned the objection out of its onBehalfOf; the objection stands for the objecting State', () => {
      const list = procedure('hlm', 'organizations', false);
      list('ObjectionDisowned', { entryId: E(2), batch: 1, state: 'CHN', disownedBy: 'PAK' }, CANCELLED_AT);
      expect(entry('hlm', pakistan, 2).objectionsOnMyBehalf).toBeUndefined();
      expect(queries.pendingFor('PAK').batches[0].entries[1].objectionsOnMyBehalf).toBeUndefined();
      expect(entry('hlm', china, 2).objections).toEqual([{ ...chinaObjection, onBehalfOf: [] }]);
      expect(entry('hlm', pga, 2).objections).toEqual([russiaObjection, { ...chinaObjection, onBehalfOf: [] }]);
      expectSameDocumentsOnReplay();
    });

    it('shows a cancelled batch as such; its entries are proposed again, their objections gone, and nothing is pending', () => {
      const list = procedure('hlm', 'organizations', false);
      list('EntryWithdrawn', { entryId: E(3) });
      const before = queries.list('hlm', 'ngos', pga).representation.byRegionalGroup;
      expect(before).toEqual({ 'African Group': 1, 'Western European and Others Group': 1 });

      list('BatchCancelled', { batch: 1, reason: 'The deadline was mistyped.', entryIds: [E(1), E(2)] }, CANCELLED_AT);

      const view = queries.list('hlm', 'ngos', pga);
      expect(view.batches).toEqual([
        { number: 1, deadline: EXTENDED, status: 'cancelled', cancelledAt: CANCELLED_AT, cancellationReason: 'The deadline was mistyped.' },
      ]);
      expect(view.entries.map((e) => [e.status, e.batch, e.objections])).toEqual([
        ['proposed', undefined, []],
        ['proposed', undefined, []],
        ['withdrawn', 1, []],
        ['withdrawn', undefined, []],
        ['proposed', undefined, []],
      ]);
      expect(view.representation.byRegionalGroup).toEqual({});
      // Proposed again, the entries are the Office's drafts: a State sees the cancelled batch, not them.
      expect(queries.list('hlm', 'ngos', pakistan).entries.map((e) => [e.id, e.status])).toEqual([[E(3), 'withdrawn']]);
      expect(queries.list('hlm', 'ngos', holySee).batches[0].status).toBe('cancelled');
      expect(queries.pendingFor('RUS').batches).toEqual([]);
      expect(store.list('lists', 'open-batch/')).toEqual([]);

      list('BatchSubmitted', { batch: 2, deadline: EXTENDED, entryIds: [E(1), E(2), E(5)] });
      expect(queries.pendingFor('RUS').batches.map((b) => [b.batch, b.entries.length])).toEqual([[2, 3]]);
      expectSameDocumentsOnReplay();
    });

    function expectSameDocumentsOnReplay(): void {
      const replayed = new ProjectionStore(':memory:');
      const batch = replayed.batch();
      for (const event of log) {
        new MeetingsProjection().apply(event, batch.writer('meetings'));
        new ListsProjection().apply(event, batch.writer('lists'));
      }
      batch.commit();
      expect(replayed.list('lists', '')).toEqual(store.list('lists', ''));
      replayed.close();
    }
  });
});
