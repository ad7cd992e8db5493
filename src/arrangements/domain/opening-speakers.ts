import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { requireSafeText } from '../../kernel/safe-text';
import { ArrangementsState, OPENING_SPEAKER_ROLES, OpeningSpeaker, OpeningSpeakerRole } from './arrangements.state';
import { ArrangementsCommandBase, requireMeeting, requireOpen, requireText } from './rules';

/** Paragraph 2: the eminent person and the NGO representative who speak at the opening plenary. */

/** Where an entry named as the NGO representative stands, as read from its list's stream. */
export interface EntryFacts {
  listId: string;
  listKind: 'ecosoc' | 'non-objection';
  status: string;
  organization: string;
}

export interface IdentifyOpeningSpeaker extends ArrangementsCommandBase {
  kind: 'IdentifyOpeningSpeaker';
  role: OpeningSpeakerRole;
  name: string;
  organization?: string;
  entryId?: string;
  survivor?: boolean;
  /** Where `entryId` stands; undefined when no list of the meeting has it. */
  entry?: EntryFacts;
}
export type OpeningSpeakersCommand = IdentifyOpeningSpeaker;

export type OpeningSpeakerIdentified = DomainEvent<'OpeningSpeakerIdentified', OpeningSpeaker>;
export type OpeningSpeakersEvent = OpeningSpeakerIdentified;

export const openingSpeakersEvents: EventTable<OpeningSpeakersEvent, ArrangementsState> = {
  OpeningSpeakerIdentified: {
    version: 1,
    evolve: (state, { data }) => ({ ...state, openingSpeakers: { ...state.openingSpeakers, [data.role]: data } }),
  },
};

const openingSpeakersEvent = eventBuilder<OpeningSpeakersEvent>(versionsOf(openingSpeakersEvents));

function identifyOpeningSpeaker(command: IdentifyOpeningSpeaker, state: ArrangementsState): OpeningSpeakersEvent[] {
  requireRole(command.actor, 'pga', 'identify an opening speaker');
  requireMeeting(command.meetingId, command.meeting);
  if (!OPENING_SPEAKER_ROLES.includes(command.role)) {
    fail('VALIDATION_FAILED', `"${command.role}" is not a role the PGA identifies; use ${OPENING_SPEAKER_ROLES.join(' or ')}.`);
  }
  requireSafeText({ organization: command.organization });
  const speaker = command.role === 'ngo-representative' ? ngoRepresentative(command) : eminentPerson(command);
  if (JSON.stringify(state.openingSpeakers[command.role]) === JSON.stringify(speaker)) return [];
  requireOpen(state, command.meetingId, 'identify an opening speaker');
  return [openingSpeakersEvent('OpeningSpeakerIdentified', speaker)];
}

function eminentPerson(command: IdentifyOpeningSpeaker): OpeningSpeaker {
  if (command.entryId !== undefined) {
    fail('VALIDATION_FAILED', "An entryId names the NGO representative's organization; the eminent person has none.", [
      { field: 'entryId', problems: ['is only for the ngo-representative'] },
    ]);
  }
  const organization = command.organization?.trim();
  const name = requireText('name', command.name, 'The name');
  return { role: 'eminent-person', name, ...(organization ? { organization } : {}), survivor: command.survivor ?? false };
}

/** Paragraph 2: a representative of an NGO in consultative status with ECOSOC, i.e. approved on an ecosoc list. */
function ngoRepresentative(command: IdentifyOpeningSpeaker): OpeningSpeaker {
  const { meetingId, entryId, entry } = command;
  const name = requireText('name', command.name, 'The name');
  if (!entryId) {
    fail('VALIDATION_FAILED', 'The NGO representative needs the entryId of an approved entry on an ecosoc list of the meeting.', [
      { field: 'entryId', problems: ['is required for the ngo-representative'] },
    ]);
  }
  if (!entry) fail('NOT_FOUND', `No list of meeting "${meetingId}" has entry ${entryId}.`);
  if (entry.listKind !== 'ecosoc') {
    fail(
      'INVALID_STATE',
      `Entry ${entryId} is on list "${entry.listId}", a ${entry.listKind} list; the NGO representative comes from an ecosoc list.`,
    );
  }
  if (entry.status !== 'approved') fail('INVALID_STATE', `Entry ${entryId} on list "${entry.listId}" is ${entry.status}, not approved.`);
  const organization = command.organization?.trim() || entry.organization;
  return { role: 'ngo-representative', name, organization, entryId, listId: entry.listId, survivor: command.survivor ?? false };
}

export const openingSpeakersDecisions: DecisionTable<OpeningSpeakersCommand, OpeningSpeakersEvent, ArrangementsState> = {
  IdentifyOpeningSpeaker: identifyOpeningSpeaker,
};
