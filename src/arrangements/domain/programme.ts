import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { ArrangementsState, panelOf, PanelState } from './arrangements.state';
import { ArrangementsCommandBase, requireMeeting, requireOpen } from './rules';
import { programmeProblems, sameProgramme, Segment, SegmentInput, takesSpeakers, toSegment } from './segments';

/** Paragraph 1: the programme of the meeting, as the PGA sets it (a PUT: the whole programme each time). */

export interface SetProgramme extends ArrangementsCommandBase {
  kind: 'SetProgramme';
  segments: SegmentInput[];
  /** Segments whose list of speakers has inscriptions: they must stay plenary meetings. */
  segmentsWithSpeakers: string[];
}
export type ProgrammeCommand = SetProgramme;

/** The whole programme, replacing the one before (PUT). */
export type ProgrammeSet = DomainEvent<'ProgrammeSet', { segments: Segment[] }>;
export type ProgrammeEvent = ProgrammeSet;

/**
 * A new programme keeps the consultations and chair of every panel whose id it keeps, and drops those of
 * panels it no longer has (the PGA decides the programme; a dropped panel has no chair).
 */
function programmePanels(state: ArrangementsState, segments: readonly Segment[]): PanelState[] {
  return segments
    .filter((segment) => segment.kind === 'panel')
    .map((segment) => panelOf(state, segment.id) ?? { id: segment.id, consultedGroups: [] });
}

export const programmeEvents: EventTable<ProgrammeEvent, ArrangementsState> = {
  ProgrammeSet: {
    version: 1,
    evolve: (state, { data }) => ({ ...state, programme: data.segments, panels: programmePanels(state, data.segments) }),
  },
};

const programmeEvent = eventBuilder<ProgrammeEvent>(versionsOf(programmeEvents));

/** A PUT that changes nothing is a no-op, even once finalized (so that loading a meeting twice is harmless). */
function setProgramme(command: SetProgramme, state: ArrangementsState): ProgrammeEvent[] {
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
  return [programmeEvent('ProgrammeSet', { segments })];
}

export const programmeDecisions: DecisionTable<ProgrammeCommand, ProgrammeEvent, ArrangementsState> = { SetProgramme: setProgramme };
