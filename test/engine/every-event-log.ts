import { listEvent, listStream } from '../../src/accreditation/domain/list.events';
import { DEFAULT_POLICY, meetingEvent, meetingStream } from '../../src/accreditation/domain/meeting.events';
import { arrangementsEvent, arrangementsStream } from '../../src/arrangements/domain/arrangements.events';
import { SpeakersEvent, speakersStream } from '../../src/arrangements/domain/speakers';
import { memberStateEvent, memberStateStream } from '../../src/deadlines/domain/webhook.events';
import { DomainEvent } from '../../src/kernel/decider';
import { ErasureRequest, ERASURES_STREAM, personalDataEvent } from '../../src/personal-data/domain/erasure.events';
import { StoredEvent } from '../../src/kernel/events';
import { toPosition } from '../../src/kernel/position';
import { ENGINE_STREAMS } from '../../src/engine/manifests';
import { fixtureOf } from '../support/event-fixtures';
import {
  accepted,
  consulted,
  declined,
  EMINENT,
  finalized,
  identified,
  invited,
  NGO_REP,
  programmeSet,
  reopened,
} from '../arrangements/arrangements.fixtures';

/**
 * A log that holds every event type of the engine, over several meetings, lists, segments and Member
 * States, with the streams interleaved in global order. Every meeting reuses the same entry ids, so
 * that a projection keyed by entry id alone would mix the lists of different streams. The story below
 * tells how the events follow each other; a type it does not tell comes from its newest fixture (see
 * `withEveryType`), so a new event type needs its fixture and no change here.
 */

type Streams = Record<string, DomainEvent[]>;

const ENTRY = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const organization = (name: string, country: string) => ({ name, country, category: 'ngo' as const });

function ecosocList(meetingId: string): Streams {
  return {
    [listStream(meetingId, 'ecosoc')]: [
      listEvent('ListCreated', { meetingId, listId: 'ecosoc', kind: 'ecosoc', title: 'ECOSOC NGOs', policy: DEFAULT_POLICY }),
      listEvent('EntryProposed', { entryId: ENTRY(1), organization: { ...organization('La Strada', 'NLD'), ecosocStatus: 'special' } }),
      listEvent('EntryApproved', { entryId: ENTRY(1), basis: 'ecosoc-consultative-status' }),
      listEvent('EntryProposed', { entryId: ENTRY(2), organization: { ...organization('Polaris', 'USA'), ecosocStatus: 'roster' } }),
      listEvent('EntryApproved', { entryId: ENTRY(2), basis: 'ecosoc-consultative-status' }),
      listEvent('ListTransmitted', { transmittedAt: '2013-05-06T14:00:00.000Z', entries: 2 }),
    ],
  };
}

function nonObjectionList(meetingId: string): Streams {
  const policy = { ...DEFAULT_POLICY, objectedGoToGeneralAssembly: true };
  const [first, second, third] = [ENTRY(1), ENTRY(2), ENTRY(3)];
  return {
    [listStream(meetingId, 'other-ngos')]: [
      listEvent('ListCreated', { meetingId, listId: 'other-ngos', kind: 'non-objection', title: 'Other NGOs', policy }),
      listEvent('EntryProposed', { entryId: first, organization: organization('Walk Free', 'AUS') }),
      listEvent('EntryProposed', { entryId: second, organization: organization('Kav LaOved', 'ISR') }),
      listEvent('EntryProposed', { entryId: third, organization: organization('CATW', 'PHL') }),
      listEvent('EntryWithdrawn', { entryId: third }),
      listEvent('BatchSubmitted', { batch: 1, deadline: '2013-04-26T22:00:00.000Z', entryIds: [first, second] }),
      listEvent('BatchDeadlineExtended', { batch: 1, previousDeadline: '2013-04-26T22:00:00.000Z', deadline: '2013-04-27T22:00:00.000Z' }),
      listEvent('ObjectionRaised', { entryId: first, batch: 1, state: 'KEN', onBehalfOf: ['UGA'], reason: 'Not independent.' }),
      listEvent('ObjectionRaised', { entryId: second, batch: 1, state: 'FRA', onBehalfOf: [] }),
      listEvent('ObjectionWithdrawn', { entryId: second, batch: 1, state: 'FRA' }),
      listEvent('DeadlineReminderIssued', { batch: 1, deadline: '2013-04-27T22:00:00.000Z', before: 'PT24H' }),
      listEvent('EntryObjected', { entryId: first, batch: 1, states: ['KEN'] }),
      listEvent('EntryApproved', { entryId: second, basis: 'no-objection' }),
      listEvent('BatchClosed', {
        batch: 1,
        deadline: '2013-04-27T22:00:00.000Z',
        closedAt: '2013-04-27T22:00:01.000Z',
        approved: 1,
        objected: 1,
      }),
      listEvent('ObjectionBasisRequested', { entryId: first, state: 'FRA' }),
      listEvent('ObjectionBasisMadeKnown', { entryId: first, state: 'FRA', bases: [{ state: 'KEN', reason: 'Not independent.' }] }),
      listEvent('GeneralAssemblyDecisionRecorded', { entryId: first, decision: 'approve', reference: 'A/67/L.75' }),
      listEvent('EntryProposed', { entryId: ENTRY(4), organization: organization('Anti-Slavery International', 'GBR') }),
      listEvent('BatchSubmitted', { batch: 2, deadline: '2031-05-03T22:00:00.000Z', entryIds: [ENTRY(4)] }),
      listEvent('ObjectionRaised', { entryId: ENTRY(4), batch: 2, state: 'KEN', onBehalfOf: ['UGA', 'TZA'] }),
      listEvent('ObjectionDisowned', { entryId: ENTRY(4), batch: 2, state: 'KEN', disownedBy: 'UGA' }),
      listEvent('BatchCancelled', { batch: 2, reason: 'The deadline was typed as 2031.', entryIds: [ENTRY(4)] }),
      listEvent('BatchSubmitted', { batch: 3, deadline: '2013-05-03T22:00:00.000Z', entryIds: [ENTRY(4)] }), // left open
    ],
  };
}

function arrangements(meetingId: string): Streams {
  return {
    [arrangementsStream(meetingId)]: [
      programmeSet(),
      consulted('panel-1', 'Asia-Pacific Group'),
      invited('panel-1', 'PHL', 'Asia-Pacific Group'),
      accepted('panel-1', 'PHL'),
      consulted('panel-2', 'Eastern European Group'),
      invited('panel-2', 'RUS', 'Eastern European Group'),
      arrangementsEvent('ChairInvitationWithdrawn', { panelId: 'panel-2', state: 'RUS' }),
      invited('panel-2', 'BLR', 'Eastern European Group'),
      declined('panel-2', 'BLR'),
      invited('panel-2', 'UKR', 'Eastern European Group'),
      accepted('panel-2', 'UKR'),
      identified(EMINENT),
      identified(NGO_REP),
      finalized(),
      arrangementsEvent('PanelSummaryRecorded', { panelId: 'panel-1', chair: 'PHL', text: 'Partnerships protect victims.' }),
      reopened(),
    ],
  };
}

const inscribed = (segmentId: string, state: string): SpeakersEvent => ({
  type: 'SpeakerInscribed',
  schemaVersion: 1,
  data: { segmentId, state, delegation: 'member-state', level: 'minister', speakerName: `${state} minister` },
});

const withdrawn = (segmentId: string, state: string): SpeakersEvent => ({
  type: 'InscriptionWithdrawn',
  schemaVersion: 1,
  data: { segmentId, state },
});

function speakers(meetingId: string): Streams {
  const closed: SpeakersEvent = { type: 'SpeakersListClosed', schemaVersion: 1, data: { segmentId: 'plenary-1', inscriptions: 2 } };
  return {
    [speakersStream(meetingId, 'plenary-1')]: [inscribed('plenary-1', 'FRA'), inscribed('plenary-1', 'NGA'), closed],
    [speakersStream(meetingId, 'plenary-2')]: [inscribed('plenary-2', 'FRA'), withdrawn('plenary-2', 'FRA'), inscribed('plenary-2', 'FRA')],
  };
}

function meeting(meetingId: string, timezone: string): Streams {
  const created = meetingEvent('MeetingCreated', {
    meetingId,
    title: `Meeting ${meetingId}`,
    timezone,
    mandate: ['A/RES/67/190'],
    policy: DEFAULT_POLICY,
  });
  return {
    [meetingStream(meetingId)]: [created],
    ...ecosocList(meetingId),
    ...nonObjectionList(meetingId),
    ...arrangements(meetingId),
    ...speakers(meetingId),
  };
}

function webhooks(): Streams {
  const registered = (state: string, url: string) => memberStateEvent('WebhookRegistered', { state, url });
  const rotated = (state: string, fingerprint: string, replaces?: string) =>
    memberStateEvent('WebhookSecretRotated', { state, fingerprint, ...(replaces ? { replaces } : {}) });
  return {
    [memberStateStream('FRA')]: [
      registered('FRA', 'https://fra.example/old'),
      rotated('FRA', 'sha256:0a2b4c6d8e1f3a5b7c9d0e2f4a6b8c1d'),
      registered('FRA', 'https://fra.example/reminders'),
      rotated('FRA', 'sha256:5d1f0c3b9e7a4f2c8b6d0e1a3c5f7b9d', 'sha256:0a2b4c6d8e1f3a5b7c9d0e2f4a6b8c1d'),
    ],
    [memberStateStream('KEN')]: [
      registered('KEN', 'https://ken.example/reminders'),
      rotated('KEN', 'sha256:9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f'),
    ],
  };
}

/** An erasure by request and one by retention: they change no view (the views keep the envelopes). */
function erasures(): Streams {
  const erased = (request: ErasureRequest, subjectIds: string[]) =>
    personalDataEvent('PersonalDataErased', { request, reason: 'Request of the data subject', subjectIds, notErasable: [] });
  return {
    [ERASURES_STREAM]: [
      erased({ by: 'email' }, ['5b1d9e2a-7c3f-4a8e-9d6b-2f4e8a1c3b5d']),
      erased({ by: 'retention', meetingId: 'trafficking-2013', meetingEnd: '2013-05-14T22:00:00.000Z', retentionDays: 30 }, [
        '6c2e0f3b-8d4a-4b9f-8e7c-3a5f9b2d4c6e',
      ]),
    ],
  };
}

/** The streams dealt one event at a time, in turn, so that every stream's events are spread over the log. */
function interleave(streams: Streams): StoredEvent[] {
  const queues = Object.entries(streams).map(([streamId, events]) => ({ streamId, events: [...events], revision: 0 }));
  const log: StoredEvent[] = [];
  while (queues.some((queue) => queue.events.length > 0)) {
    for (const queue of queues.filter((q) => q.events.length > 0))
      log.push(stored(queue.streamId, queue.revision++, queue.events.shift()!, log.length + 1));
  }
  return log;
}

function stored(streamId: string, revision: number, event: DomainEvent, position: number): StoredEvent {
  const occurredAt = new Date(Date.UTC(2013, 3, 1) + position * 60_000).toISOString();
  const actor = { role: 'pga' as const, subject: 'pga-office' };
  const metadata = {
    correlationId: `correlation-${position}`,
    causationId: `cause-${position}`,
    actor,
    occurredAt,
    schemaVersion: event.schemaVersion,
  };
  return {
    eventId: `event-${position}`,
    streamId,
    revision,
    position: toPosition(position),
    type: event.type,
    data: event.data,
    metadata,
    recordedAt: occurredAt,
  };
}

/**
 * Every event type of the manifests' streams that the story does not tell, as its newest fixture, at the
 * end of each story stream of its kind. A type without a fixture, or a kind of stream the story has
 * no stream of, fails with what to add.
 */
function withEveryType(streams: Streams): Streams {
  const told = new Set(Object.values(streams).flatMap((events) => events.map((event) => event.type)));
  const result = { ...streams };
  for (const kind of ENGINE_STREAMS) {
    const untold = Object.entries(kind.events).filter(([type]) => !told.has(type));
    if (!untold.length) continue;
    const ids = Object.keys(streams).filter((streamId) => streamId.startsWith(kind.prefix));
    if (!ids.length) throw new Error(`The every-event log has no "${kind.prefix}" stream for ${untold.map(([t]) => t).join(', ')}.`);
    const events = untold.map(([type, version]) => fixtureOf(type, version) as DomainEvent);
    for (const streamId of ids) result[streamId] = [...streams[streamId], ...events];
  }
  return result;
}

/** Three meetings (in different timezones) and two Member States' webhooks, interleaved. */
export function everyEventLog(): StoredEvent[] {
  return interleave(
    withEveryType({
      ...meeting('trafficking-2013', 'America/New_York'),
      ...webhooks(),
      ...erasures(),
      ...meeting('migration-2019', 'Europe/Zurich'),
      ...meeting('oceans-2022', 'Africa/Nairobi'),
    }),
  );
}
