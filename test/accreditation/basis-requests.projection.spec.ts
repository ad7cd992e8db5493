import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { listEvent, ListEvent, listStream } from '../../src/accreditation/domain/list.events';
import { DEFAULT_POLICY, meetingEvent, meetingStream, ObjectionDisclosure } from '../../src/accreditation/domain/meeting.events';
import { basisRequestsOf, NO_BASIS_GIVEN } from '../../src/accreditation/projections/basis-requests.reader';
import { ListReader } from '../../src/accreditation/projections/list.reader';
import { ListsProjection } from '../../src/accreditation/projections/lists.projection';
import { MeetingsProjection } from '../../src/accreditation/projections/meetings.projection';
import { Actor, StoredEvent } from '../../src/event-store/event-store.port';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { DomainEvent } from '../../src/kernel/decider';
import { toPosition } from '../../src/kernel/position';
import { metadata } from '../support/events';

const E1 = '00000000-0000-4000-8000-000000000001';
const E2 = '00000000-0000-4000-8000-000000000002';
const DEADLINE = '2013-03-10T22:00:00.000Z';
const at = (day: number) => `2013-03-${String(day).padStart(2, '0')}T15:00:00.000Z`;
const pga: Actor = { role: 'pga', subject: 'pga-office' };
const auditor: Actor = { role: 'auditor', subject: 'oios' };
const france: Actor = { role: 'member-state', subject: 'fra-mission', state: 'FRA' };
const holySee: Actor = { role: 'observer', subject: 'vat-mission', state: 'VAT' };
const acme = { name: 'Acme', country: 'NLD', category: 'ngo' as const };
const beta = { name: 'Beta', country: 'KEN', category: 'ngo' as const };

/** A meeting with one list of `disclosure`: E1 objected by EGY (with a reason) and RUS (without); E2 objected by CUB. */
function closedList(meetingId: string, disclosure: ObjectionDisclosure): Array<[string, DomainEvent]> {
  const policy = { ...DEFAULT_POLICY, objectionDisclosure: disclosure };
  const stream = listStream(meetingId, 'ngos');
  const events: ListEvent[] = [
    listEvent('ListCreated', { meetingId, listId: 'ngos', kind: 'non-objection', title: 'NGOs', policy }),
    listEvent('EntryProposed', { entryId: E1, organization: acme }),
    listEvent('EntryProposed', { entryId: E2, organization: beta }),
    listEvent('BatchSubmitted', { batch: 1, deadline: DEADLINE, entryIds: [E1, E2] }),
    listEvent('ObjectionRaised', { entryId: E1, batch: 1, state: 'EGY', onBehalfOf: [], reason: 'Not relevant' }),
    listEvent('ObjectionRaised', { entryId: E1, batch: 1, state: 'RUS', onBehalfOf: [] }),
    listEvent('ObjectionRaised', { entryId: E2, batch: 1, state: 'CUB', onBehalfOf: [] }),
    listEvent('EntryObjected', { entryId: E1, batch: 1, states: ['EGY', 'RUS'] }),
    listEvent('EntryObjected', { entryId: E2, batch: 1, states: ['CUB'] }),
    listEvent('BatchClosed', { batch: 1, deadline: DEADLINE, closedAt: DEADLINE, approved: 0, objected: 2 }),
  ];
  const created = meetingEvent('MeetingCreated', { meetingId, title: 'HLM', timezone: 'UTC', mandate: [], policy });
  return [[meetingStream(meetingId), created], ...events.map((event): [string, DomainEvent] => [stream, event])];
}

const BASES = [{ state: 'EGY', reason: 'Not relevant' }, { state: 'RUS' }];

describe('basis requests: projection and views', () => {
  let store: ProjectionStore;
  let log: StoredEvent[];
  let day: number;
  beforeEach(() => {
    store = new ProjectionStore(':memory:');
    log = [];
    day = 1;
  });
  afterEach(() => store.close());

  function apply(target: ProjectionStore, events: StoredEvent[]): void {
    const meetings = new MeetingsProjection();
    const lists = new ListsProjection();
    const batch = target.batch();
    for (const event of events) {
      meetings.apply(event, batch.writer(meetings.name));
      lists.apply(event, batch.writer(lists.name));
    }
    batch.commit();
  }

  function append(streamId: string, event: DomainEvent): void {
    const position = log.length + 1;
    const occurredAt = at(day++);
    const stored: StoredEvent = {
      eventId: `event-${position}`,
      streamId,
      revision: position,
      position: toPosition(position),
      type: event.type,
      data: event.data,
      metadata: metadata({ occurredAt }),
      recordedAt: occurredAt,
    };
    log.push(stored);
    apply(store, [stored]);
  }

  const onList = (meetingId: string) => (event: ListEvent) => append(listStream(meetingId, 'ngos'), event);
  const requestedBy = (state: string, entryId = E1) => listEvent('ObjectionBasisRequested', { entryId, state });
  const madeKnownTo = (state: string, entryId = E1, bases = BASES) => listEvent('ObjectionBasisMadeKnown', { entryId, state, bases });

  it('shows a request without bases until the PGA answers, then the basis of each objection without the States', () => {
    for (const [stream, event] of closedList('hlm', 'organizations')) append(stream, event);
    onList('hlm')(requestedBy('FRA'));
    expect(basisRequestsOf(store, 'FRA')).toEqual({
      requests: [{ meetingId: 'hlm', listId: 'ngos', entryId: E1, organization: acme, requestedAt: at(12) }],
    });
    onList('hlm')(madeKnownTo('FRA'));
    expect(basisRequestsOf(store, 'FRA').requests).toEqual([
      {
        meetingId: 'hlm',
        listId: 'ngos',
        entryId: E1,
        organization: acme,
        requestedAt: at(12),
        madeKnownAt: at(13),
        // In the order of their text, not of the objecting States' codes (EGY, RUS), which would hint at who objected.
        bases: [{ reason: NO_BASIS_GIVEN }, { reason: 'Not relevant' }],
      },
    ]);
    expect(basisRequestsOf(store, 'DEU')).toEqual({ requests: [] });
  });

  it.each([
    [
      'organizations-and-states',
      [
        { state: 'EGY', reason: 'Not relevant' },
        { state: 'RUS', reason: NO_BASIS_GIVEN },
      ],
    ],
    ['none', [{ reason: NO_BASIS_GIVEN }, { reason: 'Not relevant' }]],
  ] as const)('names the objecting States only under disclosure "organizations-and-states" (%s)', (disclosure, bases) => {
    for (const [stream, event] of closedList('hlm', disclosure)) append(stream, event);
    onList('hlm')(requestedBy('FRA'));
    onList('hlm')(madeKnownTo('FRA'));
    expect(basisRequestsOf(store, 'FRA').requests[0].bases).toEqual(bases);
  });

  it("lists a State's requests over meetings, oldest first, each with its own answer", () => {
    for (const [stream, event] of closedList('hlm-a', 'organizations')) append(stream, event);
    for (const [stream, event] of closedList('hlm-b', 'organizations-and-states')) append(stream, event);
    onList('hlm-b')(requestedBy('FRA', E2));
    onList('hlm-a')(requestedBy('FRA'));
    onList('hlm-a')(requestedBy('EGY'));
    onList('hlm-b')(madeKnownTo('FRA', E2, [{ state: 'CUB' }]));
    const requests = basisRequestsOf(store, 'FRA').requests;
    expect(requests.map((r) => [r.meetingId, r.entryId, r.bases])).toEqual([
      ['hlm-b', E2, [{ state: 'CUB', reason: NO_BASIS_GIVEN }]],
      ['hlm-a', E1, undefined],
    ]);
    expect(basisRequestsOf(store, 'EGY').requests).toEqual([expect.objectContaining({ meetingId: 'hlm-a', entryId: E1 })]);
  });

  it('shows every request on the entry to the PGA and auditors, and to nobody else', () => {
    for (const [stream, event] of closedList('hlm', 'organizations')) append(stream, event);
    onList('hlm')(requestedBy('FRA'));
    onList('hlm')(requestedBy('EGY'));
    onList('hlm')(madeKnownTo('FRA'));
    const reader = new ListReader(store);
    const expected = [
      { state: 'FRA', requestedAt: at(12), madeKnownAt: at(14) },
      { state: 'EGY', requestedAt: at(13) },
    ];
    for (const viewer of [pga, auditor]) expect(reader.list('hlm', 'ngos', viewer).entries[0].basisRequests).toEqual(expected);
    for (const viewer of [france, holySee]) expect(reader.list('hlm', 'ngos', viewer).entries[0].basisRequests).toBeUndefined();
    expect(reader.list('hlm', 'ngos', pga).entries[1].basisRequests).toBeUndefined();
  });

  it('gives the same documents when the events are replayed into a fresh store', () => {
    for (const [stream, event] of closedList('hlm', 'organizations-and-states')) append(stream, event);
    onList('hlm')(requestedBy('FRA'));
    onList('hlm')(madeKnownTo('FRA'));
    const replayed = new ProjectionStore(':memory:');
    apply(replayed, log);
    expect(replayed.list('lists', '')).toEqual(store.list('lists', ''));
    expect(basisRequestsOf(replayed, 'FRA')).toEqual(basisRequestsOf(store, 'FRA'));
    replayed.close();
  });
});
