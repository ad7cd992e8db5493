import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { ArrangementsState, OPENING_SPEAKER_ROLES, OpeningSpeakerRole } from './arrangements.state';
import { ArrangementsCommandBase, requireMeeting, requireText } from './rules';

/** Paragraph 10: the PGA finalizes the arrangements once complete, and may reopen them with a reason. */

export interface FinalizeArrangements extends ArrangementsCommandBase {
  kind: 'FinalizeArrangements';
}

export interface ReopenArrangements extends ArrangementsCommandBase {
  kind: 'ReopenArrangements';
  reason: string;
}
export type FinalizationCommand = FinalizeArrangements | ReopenArrangements;

export type ArrangementsFinalized = DomainEvent<'ArrangementsFinalized', { segments: number; panels: number }>;
export type ArrangementsReopened = DomainEvent<'ArrangementsReopened', { reason: string }>;
export type FinalizationEvent = ArrangementsFinalized | ArrangementsReopened;

export const finalizationEvents: EventTable<FinalizationEvent, ArrangementsState> = {
  ArrangementsFinalized: { version: 1, evolve: (state) => ({ ...state, status: 'finalized' }) },
  ArrangementsReopened: { version: 1, evolve: (state) => ({ ...state, status: 'open' }) },
};

const finalizationEvent = eventBuilder<FinalizationEvent>(versionsOf(finalizationEvents));

/** One gap that keeps the arrangements from being finalized (`details.missing` of ARRANGEMENTS_INCOMPLETE). */
export interface MissingItem {
  item: 'programme' | 'panel-chair' | 'opening-speaker';
  panelId?: string;
  role?: string;
  message: string;
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

/** Finalizing finalized arrangements is a no-op. */
function finalize(command: FinalizeArrangements, state: ArrangementsState): FinalizationEvent[] {
  requireRole(command.actor, 'pga', 'finalize the arrangements');
  requireMeeting(command.meetingId, command.meeting);
  if (state.status === 'finalized') return [];
  const missing = missingItems(state);
  if (missing.length) {
    const message = `The arrangements of meeting "${command.meetingId}" cannot be finalized yet: ${missing.map((m) => m.message).join(' ')}`;
    fail('ARRANGEMENTS_INCOMPLETE', message, { missing });
  }
  return [finalizationEvent('ArrangementsFinalized', { segments: state.programme!.length, panels: state.panels.length })];
}

function reopen(command: ReopenArrangements, state: ArrangementsState): FinalizationEvent[] {
  requireRole(command.actor, 'pga', 'reopen the arrangements');
  requireMeeting(command.meetingId, command.meeting);
  const reason = requireText('reason', command.reason, 'The reason for reopening');
  if (state.status !== 'finalized')
    fail('INVALID_STATE', `The arrangements of meeting "${command.meetingId}" are open; there is nothing to reopen.`);
  return [finalizationEvent('ArrangementsReopened', { reason })];
}

export const finalizationDecisions: DecisionTable<FinalizationCommand, FinalizationEvent, ArrangementsState> = {
  FinalizeArrangements: finalize,
  ReopenArrangements: reopen,
};
