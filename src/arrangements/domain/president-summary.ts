import { requireRole } from '../../kernel/require-role';
import { RecordPresidentSummary } from './arrangements.commands';
import { arrangementsEvent, ArrangementsEvent, PresidentSummary } from './arrangements.events';
import { ArrangementsState } from './arrangements.state';
import { fail } from '../../kernel/domain-error';
import { requireMeeting, requireText } from './rules';

type PointList = 'achievements' | 'gaps' | 'challenges';

/**
 * Paragraph 4: the President prepares a summary of the meeting. The PGA records it at any time, finalized
 * arrangements included (the summary follows the meeting); the same summary again is a no-op.
 */
export function recordPresidentSummary(command: RecordPresidentSummary, state: ArrangementsState): ArrangementsEvent[] {
  requireRole(command.actor, 'pga', "record the President's summary");
  requireMeeting(command.meetingId, command.meeting);
  const summary: PresidentSummary = {
    text: requireText('text', command.text, 'The summary'),
    achievements: points(command, 'achievements'),
    gaps: points(command, 'gaps'),
    challenges: points(command, 'challenges'),
  };
  if (JSON.stringify(state.presidentSummary) === JSON.stringify(summary)) return [];
  return [arrangementsEvent('PresidentSummaryRecorded', summary)];
}

/** One list of points, each trimmed; a blank point is refused rather than dropped. */
function points(command: RecordPresidentSummary, field: PointList): string[] {
  const given = command[field] ?? [];
  if (!Array.isArray(given)) fail('VALIDATION_FAILED', `The ${field} are a list of texts.`, [{ field, problems: ['must be an array'] }]);
  return given.map((point, index) => requireText(`${field}.${index}`, point, `Point ${index + 1} of the ${field}`));
}
