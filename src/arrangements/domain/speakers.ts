import { Actor } from '../../kernel/events';
import {
  CommandEnvelope,
  Decider,
  DecisionTable,
  DomainEvent,
  eventBuilder,
  EventTable,
  tableDecider,
  versionsOf,
} from '../../kernel/decider';
import { requireRole } from '../../kernel/require-role';
import { isMemberState, isObserver } from '../../kernel/reference/reference-data';
import { SegmentKind, takesSpeakers } from './segments';
import { fail } from '../../kernel/domain-error';
import { requireText } from './rules';
import { Delegation, Level, LEVELS } from './speaking-order';

/**
 * Paragraph 5: the list of speakers of one plenary meeting, on its own stream so that inscriptions on
 * different segments never contend. The segment's existence and kind come from the arrangements stream.
 */

export interface SegmentFacts {
  meetingExists: boolean;
  segment?: { id: string; kind: SegmentKind };
}

interface SpeakersCommandBase extends CommandEnvelope {
  meetingId: string;
  segmentId: string;
  facts: SegmentFacts;
}

export interface InscribeSpeaker extends SpeakersCommandBase {
  kind: 'InscribeSpeaker';
  level: Level;
  speakerName: string;
}

/** The State that inscribed withdraws its own inscription: the State is the token's. */
export interface WithdrawInscription extends SpeakersCommandBase {
  kind: 'WithdrawInscription';
}

export interface CloseSpeakersList extends SpeakersCommandBase {
  kind: 'CloseSpeakersList';
}

export type SpeakersCommand = InscribeSpeaker | WithdrawInscription | CloseSpeakersList;

export type SpeakerInscribed = DomainEvent<
  'SpeakerInscribed',
  { segmentId: string; state: string; delegation: Delegation; level: Level; speakerName: string }
>;
export type InscriptionWithdrawn = DomainEvent<'InscriptionWithdrawn', { segmentId: string; state: string }>;
export type SpeakersListClosed = DomainEvent<'SpeakersListClosed', { segmentId: string; inscriptions: number }>;
export type SpeakersEvent = SpeakerInscribed | InscriptionWithdrawn | SpeakersListClosed;

export const SPEAKERS_STREAM_PREFIX = 'speakers-';
export const speakersStream = (meetingId: string, segmentId: string) => `${SPEAKERS_STREAM_PREFIX}${meetingId}.${segmentId}`;

export interface SpeakersState {
  status: 'open' | 'closed';
  /** The States inscribed, in order of inscription. */
  states: readonly string[];
}

export const speakersEvents: EventTable<SpeakersEvent, SpeakersState> = {
  SpeakerInscribed: { version: 1, evolve: (state, { data }) => ({ ...state, states: [...state.states, data.state] }) },
  InscriptionWithdrawn: {
    version: 1,
    evolve: (state, { data }) => ({ ...state, states: state.states.filter((inscribed) => inscribed !== data.state) }),
  },
  SpeakersListClosed: { version: 1, evolve: (state) => ({ ...state, status: 'closed' }) },
};

export const SPEAKERS_EVENT_VERSIONS = versionsOf(speakersEvents);

const speakersEvent = eventBuilder<SpeakersEvent>(SPEAKERS_EVENT_VERSIONS);

function inscribe(command: InscribeSpeaker, state: SpeakersState): SpeakersEvent[] {
  requireRole(command.actor, ['member-state', 'observer'], 'inscribe on a list of speakers');
  const delegation = delegationOf(command.actor);
  requirePlenary(command);
  if (!LEVELS.includes(command.level)) {
    fail('VALIDATION_FAILED', `"${command.level}" is not a level of representation; use one of ${LEVELS.join(', ')}.`);
  }
  const speakerName = requireText('speakerName', command.speakerName, "The speaker's name");
  if (state.status === 'closed') fail('INVALID_STATE', `The list of speakers of segment "${command.segmentId}" is closed.`);
  const inscribed = command.actor.state!;
  if (state.states.includes(inscribed)) {
    fail(
      'ALREADY_EXISTS',
      `${inscribed} is already inscribed on the list of speakers of segment "${command.segmentId}"; one inscription per State.`,
    );
  }
  const data = { segmentId: command.segmentId, state: inscribed, delegation, level: command.level, speakerName };
  return [speakersEvent('SpeakerInscribed', data)];
}

/** Not inscribed is NOT_FOUND, as for an objection: the State's inscription is the resource the route names. */
function withdraw(command: WithdrawInscription, state: SpeakersState): SpeakersEvent[] {
  requireRole(command.actor, ['member-state', 'observer'], 'withdraw an inscription from a list of speakers');
  requirePlenary(command);
  const withdrawing = command.actor.state!;
  if (!state.states.includes(withdrawing)) {
    fail(
      'NOT_FOUND',
      `${withdrawing} is not inscribed on the list of speakers of segment "${command.segmentId}"; there is no inscription to withdraw.`,
    );
  }
  if (state.status === 'closed') {
    fail(
      'INVALID_STATE',
      `The list of speakers of segment "${command.segmentId}" is closed; an inscription is withdrawn only while its list is open.`,
    );
  }
  return [speakersEvent('InscriptionWithdrawn', { segmentId: command.segmentId, state: withdrawing })];
}

/** Closing a closed list is a no-op. */
function close(command: CloseSpeakersList, state: SpeakersState): SpeakersEvent[] {
  requireRole(command.actor, 'pga', 'close a list of speakers');
  requirePlenary(command);
  if (state.status === 'closed') return [];
  return [speakersEvent('SpeakersListClosed', { segmentId: command.segmentId, inscriptions: state.states.length })];
}

/** Paragraph 5 invites Member States and, as observers, the Holy See, Palestine and the European Union. */
function delegationOf(actor: Actor): Delegation {
  const code = actor.state ?? '';
  if (actor.role === 'member-state' && isMemberState(code)) return 'member-state';
  if (actor.role === 'observer' && isObserver(code)) return 'observer';
  return fail(
    'FORBIDDEN',
    `"${code}" is not a ${actor.role === 'observer' ? 'recognized observer' : 'Member State'}; it may not inscribe a speaker.`,
  );
}

function requirePlenary({ meetingId, segmentId, facts }: SpeakersCommandBase): void {
  if (!facts.meetingExists) fail('NOT_FOUND', `There is no meeting "${meetingId}".`);
  if (!facts.segment) fail('NOT_FOUND', `The programme of meeting "${meetingId}" has no segment "${segmentId}".`);
  if (!takesSpeakers(facts.segment.kind)) {
    fail('INVALID_STATE', `Segment "${segmentId}" is a ${facts.segment.kind}; lists of speakers are kept for the plenary meetings.`);
  }
}

const speakersDecisions: DecisionTable<SpeakersCommand, SpeakersEvent, SpeakersState> = {
  InscribeSpeaker: inscribe,
  WithdrawInscription: withdraw,
  CloseSpeakersList: close,
};

export const speakersDecider: Decider<SpeakersCommand, SpeakersEvent, SpeakersState> = tableDecider(
  () => ({ status: 'open', states: [] }),
  speakersDecisions,
  speakersEvents,
);
