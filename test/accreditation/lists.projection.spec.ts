import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { ListEvent, listStream, Organization } from '../../src/accreditation/domain/list.events';
import { MeetingCreated, MeetingPolicy, meetingStream, ObjectionDisclosure } from '../../src/accreditation/domain/meeting.events';
import { ListReader } from '../../src/accreditation/projections/list.reader';
import { EntryView } from '../../src/accreditation/projections/list.view';
import { ListsProjection, listOfStream } from '../../src/accreditation/projections/lists.projection';
import { MeetingsProjection } from '../../src/accreditation/projections/meetings.projection';
import { Actor, StoredEvent } from '../../src/event-store/event-store.port';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { toPosition } from '../../src/kernel/position';
import { ApiError } from '../../src/platform/http/api-error';
import { metadata } from '../support/events';

const pga: Actor = { role: 'pga', subject: 'pga-office' };
const auditor: Actor = { role: 'auditor', subject: 'oios' };
const russia: Actor = { role: 'member-state', subject: 'rus-mission', state: 'RUS' };
const china: Actor = { role: 'member-state', subject: 'chn-mission', state: 'CHN' };
const france: Actor = { role: 'member-state', subject: 'fra-mission', state: 'FRA' };
const holySee: Actor = { role: 'observer', subject: 'vat-mission', state: 'VAT' };

const PROPOSED_AT = '2013-03-01T15:00:00.000Z';
const OBJECTED_AT = '2013-03-05T15:00:00.000Z';
const DEADLINE = '2013-03-10T22:00:00.000Z';
const EXTENDED = '2013-03-12T22:00:00.000Z';
const CLOSED_AT = '2013-03-12T22:00:05.000Z';

const E = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const org = (name: string, country: string, extra: Partial<Organization> = {}): Organization => ({
  name,
  country,
  category: 'ngo',
  ...extra,
});

type ListEventOf<T extends ListEvent['type']> = Extract<ListEvent, { type: T }>;

describe('lists projection and list queries', () => {
  let store: ProjectionStore;
  let queries: ListReader;
  let position: number;
  /** Every event applied so far, for the replay check. */
  let log: StoredEvent[];

  beforeEach(() => {
    store = new ProjectionStore(':memory:');
    queries = new ListReader(store);
    position = 0;
    log = [];
  });
  afterEach(() => store.close());

  function stored(streamId: string, type: string, data: unknown, occurredAt: string): StoredEvent {
    position += 1;
    return {
      eventId: `event-${position}`,
      streamId,
      revision: position - 1,
      position: toPosition(position),
      type,
      data,
      metadata: metadata({ occurredAt }),
      recordedAt: occurredAt,
    };
  }

  function apply(...events: StoredEvent[]): void {
    const meetings = new MeetingsProjection();
    const lists = new ListsProjection();
    const batch = store.batch();
    log.push(...events);
    for (const event of events) {
      meetings.apply(event, batch.writer(meetings.name));
      lists.apply(event, batch.writer(lists.name));
    }
    batch.commit();
  }

  function createMeeting(meetingId: string, policy: Partial<MeetingPolicy> = {}): MeetingPolicy {
    const full: MeetingPolicy = {
      objectionDisclosure: 'organizations',
      objectedGoToGeneralAssembly: false,
      reminders: ['PT72H', 'PT24H'],
      ...policy,
    };
    const data: MeetingCreated['data'] = {
      meetingId,
      title: `Meeting ${meetingId}`,
      timezone: 'America/New_York',
      mandate: [],
      policy: full,
    };
    apply(stored(meetingStream(meetingId), 'MeetingCreated', data, PROPOSED_AT));
    return full;
  }

  /** Appends list events to one list's stream. */
  function onList(meetingId: string, listId: string) {
    const stream = listStream(meetingId, listId);
    return <T extends ListEvent['type']>(type: T, data: ListEventOf<T>['data'], occurredAt = PROPOSED_AT) =>
      apply(stored(stream, type, data, occurredAt));
  }

  function createList(meetingId: string, listId: string, policy: MeetingPolicy, kind: 'ecosoc' | 'non-objection' = 'non-objection') {
    const list = onList(meetingId, listId);
    list('ListCreated', { meetingId, listId, kind, title: `List ${listId}`, policy });
    return list;
  }

  /**
   * e1 FRA approved without objection; e2 KEN objected by RUS (reason) and CHN (on behalf of PAK);
   * e3 BRA objected by USA who withdrew, so approved; e4 XKX withdrawn before submission;
   * e5 VAT proposed after the batch. The batch closes only when `close` is set.
   */
  function procedure(meetingId: string, disclosure: ObjectionDisclosure, close: boolean, goToGa = false) {
    const policy = createMeeting(meetingId, { objectionDisclosure: disclosure, objectedGoToGeneralAssembly: goToGa });
    const list = createList(meetingId, 'ngos', policy);
    list('EntryProposed', { entryId: E(1), organization: org('Alpha', 'FRA') });
    list('EntryProposed', { entryId: E(2), organization: org('Beta', 'KEN') });
    list('EntryProposed', { entryId: E(3), organization: org('Gamma', 'BRA') });
    list('EntryProposed', { entryId: E(4), organization: org('Delta', 'XKX') });
    list('EntryWithdrawn', { entryId: E(4) });
    list('BatchSubmitted', { batch: 1, deadline: DEADLINE, entryIds: [E(1), E(2), E(3)] });
    list('EntryProposed', { entryId: E(5), organization: org('Epsilon', 'VAT') });
    list('ObjectionRaised', { entryId: E(2), batch: 1, state: 'RUS', onBehalfOf: [], reason: 'Not independent' }, OBJECTED_AT);
    list('ObjectionRaised', { entryId: E(2), batch: 1, state: 'CHN', onBehalfOf: ['PAK'] }, OBJECTED_AT);
    list('ObjectionRaised', { entryId: E(3), batch: 1, state: 'USA', onBehalfOf: [], reason: 'Second thoughts' }, OBJECTED_AT);
    list('ObjectionWithdrawn', { entryId: E(3), batch: 1, state: 'USA' }, OBJECTED_AT);
    list('BatchDeadlineExtended', { batch: 1, previousDeadline: DEADLINE, deadline: EXTENDED });
    if (close) {
      list('EntryApproved', { entryId: E(1), basis: 'no-objection' }, CLOSED_AT);
      list('EntryObjected', { entryId: E(2), batch: 1, states: ['RUS', 'CHN'] }, CLOSED_AT);
      list('EntryApproved', { entryId: E(3), basis: 'no-objection' }, CLOSED_AT);
      list('BatchClosed', { batch: 1, deadline: EXTENDED, closedAt: CLOSED_AT, approved: 2, objected: 1 }, CLOSED_AT);
    }
    return list;
  }

  const entry = (meetingId: string, viewer: Actor, n: number): EntryView => {
    const found = queries.list(meetingId, 'ngos', viewer).entries.find((e) => e.id === E(n));
    if (!found) throw new Error(`no entry ${n}`);
    return found;
  };
  const russiaObjection = { state: 'RUS', onBehalfOf: [], reason: 'Not independent', raisedAt: OBJECTED_AT };
  const chinaObjection = { state: 'CHN', onBehalfOf: ['PAK'], raisedAt: OBJECTED_AT };

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
      expect(entry('hlm', pakistan, 2).objectionsOnMyBehalf).toBeUndefined();
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
