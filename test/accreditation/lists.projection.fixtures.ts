/** The lists projection's specs share these: people, times, an empty projection store per test, and a list's procedure written as events. */
import { afterEach, beforeEach } from '@jest/globals';
import { ListEvent, listStream, Organization } from '../../src/accreditation/domain/list.events';
import { MeetingCreated, MeetingPolicy, meetingStream, ObjectionDisclosure } from '../../src/accreditation/domain/meeting.events';
import { ListReader } from '../../src/accreditation/projections/list.reader';
import { EntryView } from '../../src/accreditation/projections/list.view';
import { ListsProjection } from '../../src/accreditation/projections/lists.projection';
import { MeetingsProjection } from '../../src/accreditation/projections/meetings.projection';
import { Actor, StoredEvent } from '../../src/event-store/event-store.port';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { toPosition } from '../../src/kernel/position';
import { metadata } from '../support/events';

export const pga: Actor = { role: 'pga', subject: 'pga-office' };
export const auditor: Actor = { role: 'auditor', subject: 'oios' };
export const russia: Actor = { role: 'member-state', subject: 'rus-mission', state: 'RUS' };
export const china: Actor = { role: 'member-state', subject: 'chn-mission', state: 'CHN' };
export const france: Actor = { role: 'member-state', subject: 'fra-mission', state: 'FRA' };
export const holySee: Actor = { role: 'observer', subject: 'vat-mission', state: 'VAT' };

export const PROPOSED_AT = '2013-03-01T15:00:00.000Z';
export const OBJECTED_AT = '2013-03-05T15:00:00.000Z';
export const DEADLINE = '2013-03-10T22:00:00.000Z';
export const EXTENDED = '2013-03-12T22:00:00.000Z';
export const CLOSED_AT = '2013-03-12T22:00:05.000Z';

export const E = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const org = (name: string, country: string, extra: Partial<Organization> = {}): Organization => ({
  name,
  country,
  category: 'ngo',
  ...extra,
});

export type ListEventOf<T extends ListEvent['type']> = Extract<ListEvent, { type: T }>;

export let store: ProjectionStore;
export let queries: ListReader;
export let position: number;
/** Every event applied so far, for the replay check. */
export let log: StoredEvent[];

/** Each test of the calling block starts on an empty projection store. */
export function useFreshStore(): void {
  beforeEach(() => {
    store = new ProjectionStore(':memory:');
    queries = new ListReader(store);
    position = 0;
    log = [];
  });
  afterEach(() => store.close());
}

export function stored(streamId: string, type: string, data: unknown, occurredAt: string): StoredEvent {
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

export function apply(...events: StoredEvent[]): void {
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

export function createMeeting(meetingId: string, policy: Partial<MeetingPolicy> = {}): MeetingPolicy {
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
export function onList(meetingId: string, listId: string) {
  const stream = listStream(meetingId, listId);
  return <T extends ListEvent['type']>(type: T, data: ListEventOf<T>['data'], occurredAt = PROPOSED_AT) =>
    apply(stored(stream, type, data, occurredAt));
}

export function createList(meetingId: string, listId: string, policy: MeetingPolicy, kind: 'ecosoc' | 'non-objection' = 'non-objection') {
  const list = onList(meetingId, listId);
  list('ListCreated', { meetingId, listId, kind, title: `List ${listId}`, policy });
  return list;
}

/**
 * e1 FRA approved without objection; e2 KEN objected by RUS (reason) and CHN (on behalf of PAK);
 * e3 BRA objected by USA who withdrew, so approved; e4 XKX withdrawn before submission;
 * e5 VAT proposed after the batch. The batch closes only when `close` is set.
 */
export function procedure(meetingId: string, disclosure: ObjectionDisclosure, close: boolean, goToGa = false) {
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

export const entry = (meetingId: string, viewer: Actor, n: number): EntryView => {
  const found = queries.list(meetingId, 'ngos', viewer).entries.find((e) => e.id === E(n));
  if (!found) throw new Error(`no entry ${n}`);
  return found;
};
export const russiaObjection = { state: 'RUS', onBehalfOf: [], reason: 'Not independent', raisedAt: OBJECTED_AT };
export const chinaObjection = { state: 'CHN', onBehalfOf: ['PAK'], raisedAt: OBJECTED_AT };
