import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { ArrangementsState, PresidentSummary } from './arrangements.state';
import { ArrangementsCommandBase, requireMeeting, requireText } from './rules';

/** Paragraph 4: the President's summary of the meeting. */
export interface RecordPresidentSummary extends ArrangementsCommandBase {
  kind: 'RecordPresidentSummary';
  text: string;
  achievements?: string[];
  gaps?: string[];
  challenges?: string[];
}
export type PresidentSummaryCommand = RecordPresidentSummary;

/** Paragraph 4: the President's summary of the meeting (a PUT: each one replaces the one before). */
export type PresidentSummaryRecorded = DomainEvent<'PresidentSummaryRecorded', PresidentSummary>;
export type PresidentSummaryEvent = PresidentSummaryRecorded;

export const presidentSummaryEvents: EventTable<PresidentSummaryEvent, ArrangementsState> = {
  PresidentSummaryRecorded: { version: 1, evolve: (state, { data }) => ({ ...state, presidentSummary: data }) },
};

const presidentSummaryEvent = eventBuilder<PresidentSummaryEvent>(versionsOf(presidentSummaryEvents));

type PointList = 'achievements' | 'gaps' | 'challenges';

/**
 * The President prepares a summary of the meeting. The PGA records it at any time, finalized
 * arrangements included (the summary follows the meeting); the same summary again is a no-op.
 */
function recordPresidentSummary(command: RecordPresidentSummary, state: ArrangementsState): PresidentSummaryEvent[] {
  requireRole(command.actor, 'pga', "record the President's summary");
  requireMeeting(command.meetingId, command.meeting);
  const summary: PresidentSummary = {
    text: requireText('text', command.text, 'The summary'),
    achievements: points(command, 'achievements'),
    gaps: points(command, 'gaps'),
    challenges: points(command, 'challenges'),
  };
  if (JSON.stringify(state.presidentSummary) === JSON.stringify(summary)) return [];
  return [presidentSummaryEvent('PresidentSummaryRecorded', summary)];
}

/** One list of points, each trimmed; a blank point is refused rather than dropped. */
function points(command: RecordPresidentSummary, field: PointList): string[] {
  const given = command[field] ?? [];
  if (!Array.isArray(given)) fail('VALIDATION_FAILED', `The ${field} are a list of texts.`, [{ field, problems: ['must be an array'] }]);
  return given.map((point, index) => requireText(`${field}.${index}`, point, `Point ${index + 1} of the ${field}`));
}

export const presidentSummaryDecisions: DecisionTable<PresidentSummaryCommand, PresidentSummaryEvent, ArrangementsState> = {
  RecordPresidentSummary: recordPresidentSummary,
};
