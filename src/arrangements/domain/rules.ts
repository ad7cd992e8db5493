import { CommandEnvelope } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireSafeText } from '../../kernel/safe-text';
import { ArrangementsState, panelOf, PanelState } from './arrangements.state';

/** Facts the handler reads from other streams before the decision. */
export interface MeetingFacts {
  exists: boolean;
}

/** What every command of the arrangements stream carries. */
export interface ArrangementsCommandBase extends CommandEnvelope {
  meetingId: string;
  meeting: MeetingFacts;
}

export function requireMeeting(meetingId: string, meeting: MeetingFacts): void {
  if (!meeting.exists) fail('NOT_FOUND', `There is no meeting "${meetingId}"; create the meeting before its arrangements.`);
}

/** Paragraph 10: finalized arrangements take no change until the PGA reopens them. */
export function requireOpen(state: ArrangementsState, meetingId: string, doing: string): void {
  if (state.status === 'finalized') {
    fail('INVALID_STATE', `The arrangements of meeting "${meetingId}" are finalized; reopen them (with a reason) to ${doing}.`);
  }
}

export function existingPanel(state: ArrangementsState, meetingId: string, panelId: string): PanelState {
  const panel = panelOf(state, panelId);
  if (!panel) {
    const known = state.panels.map((p) => `"${p.id}"`).join(', ');
    fail('NOT_FOUND', `Meeting "${meetingId}" has no panel "${panelId}" in its programme${known ? ` (its panels: ${known})` : ''}.`);
  }
  return panel;
}

export function requireText(field: string, value: string | undefined, what: string): string {
  const text = value?.trim();
  if (!text) fail('VALIDATION_FAILED', `${what} is blank.`, [{ field, problems: ['must not be blank'] }]);
  requireSafeText({ [field]: text });
  return text;
}
