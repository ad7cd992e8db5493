import { Decider } from '../../kernel/decider';
import { requireSafeText } from '../../kernel/safe-text';
import { requireRole } from '../../kernel/require-role';
import {
  ArrangementsCommand,
  FinalizeArrangements,
  IdentifyOpeningSpeaker,
  ReopenArrangements,
  SetProgramme,
} from './arrangements.commands';
import { arrangementsEvent, ArrangementsEvent, OPENING_SPEAKER_ROLES, OpeningSpeaker, OpeningSpeakerRole } from './arrangements.events';
import { ArrangementsState, evolveArrangements, initialArrangementsState } from './arrangements.state';
import { consultRegionalGroup, inviteChair, recordPanelSummary, respondToChairInvitation, withdrawChairInvitation } from './panel-chairs';
import { recordPresidentSummary } from './president-summary';
import { programmeProblems, sameProgramme, takesSpeakers, toSegment } from './programme';
import { fail } from '../../kernel/domain-error';
import { requireMeeting, requireOpen, requireText } from './rules';

export type { ArrangementsState } from './arrangements.state';

/** One gap that keeps the arrangements from being finalized (`details.missing` of ARRANGEMENTS_INCOMPLETE). */
export interface MissingItem {
  item: 'programme' | 'panel-chair' | 'opening-speaker';
  panelId?: string;
  role?: string;
  message: string;
}

/** Paragraphs 1, 2, 3 and 10: the programme, the panel chairs, the opening speakers and their finalization. */
export const arrangementsDecider: Decider<ArrangementsCommand, ArrangementsEvent, ArrangementsState> = {
  initialState: initialArrangementsState,

  decide(command, state) {
    switch (command.kind) {
      case 'SetProgramme':
        return setProgramme(command, state);
      case 'ConsultRegionalGroup':
        return consultRegionalGroup(command, state);
      case 'InviteChair':
        return inviteChair(command, state);
      case 'WithdrawChairInvitation':
        return withdrawChairInvitation(command, state);
      case 'RespondToChairInvitation':
        return respondToChairInvitation(command, state);
      case 'RecordPanelSummary':
        return recordPanelSummary(command, state);
      case 'RecordPresidentSummary':
        return recordPresidentSummary(command, state);
      case 'IdentifyOpeningSpeaker':
        return identifyOpeningSpeaker(command, state);
      case 'FinalizeArrangements':
        return finalize(command, state);
      case 'ReopenArrangements':
        return reopen(command, state);
    }
  },

  evolve: evolveArrangements,
};

/** A PUT that changes nothing is a no-op, even once finalized (so that loading a meeting twice is harmless). */
function setProgramme(command: SetProgramme, state: ArrangementsState): ArrangementsEvent[] {
  requireRole(command.actor, 'pga', 'set the programme');
  requireMeeting(command.meetingId, command.meeting);
  const segments = command.segments.map(toSegment);
  const problems = programmeProblems(segments);
  if (segments.length === 0) problems.push({ field: 'segments', problems: ['a programme has at least one segment'] });
  if (problems.length) {
    const summary = problems.map((p) => `${p.field}: ${p.problems.join('; ')}`).join(' | ');
    fail('VALIDATION_FAILED', `The programme is not valid: ${summary}`, problems);
  }
  if (sameProgramme(state.programme, segments)) return [];
  requireOpen(state, command.meetingId, 'change the programme');
  const stranded = command.segmentsWithSpeakers.filter((id) => !segments.some((s) => s.id === id && takesSpeakers(s.kind)));
  if (stranded.length) {
    fail(
      'INVALID_STATE',
      `Segment(s) ${stranded.map((id) => `"${id}"`).join(', ')} have inscribed speakers: keep them in the programme as plenary meetings.`,
    );
  }
  return [arrangementsEvent('ProgrammeSet', { segments })];
}

function identifyOpeningSpeaker(command: IdentifyOpeningSpeaker, state: ArrangementsState): ArrangementsEvent[] {
  requireRole(command.actor, 'pga', 'identify an opening speaker');
  requireMeeting(command.meetingId, command.meeting);
  if (!OPENING_SPEAKER_ROLES.includes(command.role)) {
    fail('VALIDATION_FAILED', `"${command.role}" is not a role the PGA identifies; use ${OPENING_SPEAKER_ROLES.join(' or ')}.`);
  }
  requireSafeText({ organization: command.organization });
  const speaker = command.role === 'ngo-representative' ? ngoRepresentative(command) : eminentPerson(command);
  if (JSON.stringify(state.openingSpeakers[command.role]) === JSON.stringify(speaker)) return [];
  requireOpen(state, command.meetingId, 'identify an opening speaker');
  return [arrangementsEvent('OpeningSpeakerIdentified', speaker)];
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

/** Finalizing finalized arrangements is a no-op. */
function finalize(command: FinalizeArrangements, state: ArrangementsState): ArrangementsEvent[] {
  requireRole(command.actor, 'pga', 'finalize the arrangements');
  requireMeeting(command.meetingId, command.meeting);
  if (state.status === 'finalized') return [];
  const missing = missingItems(state);
  if (missing.length) {
    const message = `The arrangements of meeting "${command.meetingId}" cannot be finalized yet: ${missing.map((m) => m.message).join(' ')}`;
    fail('ARRANGEMENTS_INCOMPLETE', message, { missing });
  }
  return [arrangementsEvent('ArrangementsFinalized', { segments: state.programme!.length, panels: state.panels.length })];
}

/** What finalization looks at: the decider's state, or the arrangements view's document, which has the same parts. */
export interface ArrangementsProgress {
  programme?: readonly unknown[] | null;
  panels: ReadonlyArray<{ id: string; chair?: { state: string; status: string } | null }>;
  openingSpeakers: Readonly<Partial<Record<OpeningSpeakerRole, unknown>>>;
}

/** Every gap, not the first: a programme, an accepted chair for each panel, each identified opening speaker. */
export function missingItems(state: ArrangementsProgress): MissingItem[] {
  const missing: MissingItem[] = [];
  if (!state.programme?.length) missing.push({ item: 'programme', message: 'There is no programme.' });
  for (const panel of state.panels) {
    if (panel.chair?.status === 'accepted') continue;
    const where = panel.chair ? `its invitation to ${panel.chair.state} is ${panel.chair.status}` : 'no State is invited';
    missing.push({ item: 'panel-chair', panelId: panel.id, message: `Panel "${panel.id}" has no chair who accepted (${where}).` });
  }
  for (const role of OPENING_SPEAKER_ROLES) {
    if (!state.openingSpeakers[role])
      missing.push({ item: 'opening-speaker', role, message: `The ${role} of the opening plenary is not identified.` });
  }
  return missing;
}

function reopen(command: ReopenArrangements, state: ArrangementsState): ArrangementsEvent[] {
  requireRole(command.actor, 'pga', 'reopen the arrangements');
  requireMeeting(command.meetingId, command.meeting);
  const reason = requireText('reason', command.reason, 'The reason for reopening');
  if (state.status !== 'finalized')
    fail('INVALID_STATE', `The arrangements of meeting "${command.meetingId}" are open; there is nothing to reopen.`);
  return [arrangementsEvent('ArrangementsReopened', { reason })];
}
