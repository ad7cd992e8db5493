import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { requireSafeText } from '../../kernel/safe-text';
import { memberState, REGIONAL_GROUPS, RegionalGroup } from '../../kernel/reference/reference-data';
import { ArrangementsState, ChairStatus, withPanel } from './arrangements.state';
import { ArrangementsCommandBase, existingPanel, requireMeeting, requireOpen, requireText } from './rules';

/**
 * Paragraph 3: panels chaired by Member States at the invitation of the PGA, after consultations with
 * regional groups; the chairs present summaries at the closing plenary. Consultations and summaries are
 * records of what happened and stay possible after finalization; invitations, their withdrawal and
 * responses are not.
 */

export interface ConsultRegionalGroup extends ArrangementsCommandBase {
  kind: 'ConsultRegionalGroup';
  panelId: string;
  regionalGroup: string;
  note?: string;
}

export interface InviteChair extends ArrangementsCommandBase {
  kind: 'InviteChair';
  panelId: string;
  state: string;
}

export interface WithdrawChairInvitation extends ArrangementsCommandBase {
  kind: 'WithdrawChairInvitation';
  panelId: string;
}

export interface RespondToChairInvitation extends ArrangementsCommandBase {
  kind: 'RespondToChairInvitation';
  panelId: string;
  accept: boolean;
}

export interface RecordPanelSummary extends ArrangementsCommandBase {
  kind: 'RecordPanelSummary';
  panelId: string;
  text: string;
}

export type PanelChairsCommand =
  ConsultRegionalGroup | InviteChair | WithdrawChairInvitation | RespondToChairInvitation | RecordPanelSummary;

/** Paragraph 3: the PGA consulted a regional group on the chair of a panel. */
export type RegionalGroupConsulted = DomainEvent<
  'RegionalGroupConsulted',
  { panelId: string; regionalGroup: RegionalGroup; note?: string }
>;
export type ChairInvited = DomainEvent<'ChairInvited', { panelId: string; state: string; regionalGroup: RegionalGroup }>;
/** The PGA withdrew an invitation before it was answered: the panel has no chair again. */
export type ChairInvitationWithdrawn = DomainEvent<'ChairInvitationWithdrawn', { panelId: string; state: string }>;
export type ChairInvitationAccepted = DomainEvent<'ChairInvitationAccepted', { panelId: string; state: string }>;
export type ChairInvitationDeclined = DomainEvent<'ChairInvitationDeclined', { panelId: string; state: string }>;
/** Paragraph 3(c): the chair's summary of the discussion, for the closing plenary. */
export type PanelSummaryRecorded = DomainEvent<'PanelSummaryRecorded', { panelId: string; chair: string; text: string }>;

export type PanelChairsEvent =
  | RegionalGroupConsulted
  | ChairInvited
  | ChairInvitationWithdrawn
  | ChairInvitationAccepted
  | ChairInvitationDeclined
  | PanelSummaryRecorded;

function withChairStatus(state: ArrangementsState, panelId: string, status: ChairStatus): ArrangementsState {
  return withPanel(state, panelId, (panel) => (panel.chair ? { ...panel, chair: { ...panel.chair, status } } : panel));
}

export const panelChairsEvents: EventTable<PanelChairsEvent, ArrangementsState> = {
  RegionalGroupConsulted: {
    version: 1,
    evolve: (state, { data: { panelId, regionalGroup } }) =>
      withPanel(state, panelId, (panel) =>
        panel.consultedGroups.includes(regionalGroup) ? panel : { ...panel, consultedGroups: [...panel.consultedGroups, regionalGroup] },
      ),
  },
  ChairInvited: {
    version: 1,
    evolve: (state, { data: { panelId, state: invited, regionalGroup } }) =>
      withPanel(state, panelId, (panel) => ({ ...panel, chair: { state: invited, regionalGroup, status: 'invited' } })),
  },
  ChairInvitationWithdrawn: {
    version: 1,
    evolve: (state, { data }) => withPanel(state, data.panelId, ({ chair: _withdrawn, ...panel }) => panel),
  },
  ChairInvitationAccepted: { version: 1, evolve: (state, { data }) => withChairStatus(state, data.panelId, 'accepted') },
  ChairInvitationDeclined: { version: 1, evolve: (state, { data }) => withChairStatus(state, data.panelId, 'declined') },
  PanelSummaryRecorded: {
    version: 1,
    evolve: (state, { data }) => withPanel(state, data.panelId, (panel) => ({ ...panel, summary: data.text })),
  },
};

const panelChairsEvent = eventBuilder<PanelChairsEvent>(versionsOf(panelChairsEvents));

export const panelChairsDecisions: DecisionTable<PanelChairsCommand, PanelChairsEvent, ArrangementsState> = {
  ConsultRegionalGroup: consultRegionalGroup,
  InviteChair: inviteChair,
  WithdrawChairInvitation: withdrawChairInvitation,
  RespondToChairInvitation: respondToChairInvitation,
  RecordPanelSummary: recordPanelSummary,
};

function consultRegionalGroup(command: ConsultRegionalGroup, state: ArrangementsState): PanelChairsEvent[] {
  requireRole(command.actor, 'pga', 'record a consultation with a regional group');
  requireMeeting(command.meetingId, command.meeting);
  const panel = existingPanel(state, command.meetingId, command.panelId);
  const group = command.regionalGroup as RegionalGroup;
  if (!REGIONAL_GROUPS.includes(group)) {
    fail('VALIDATION_FAILED', `"${command.regionalGroup}" is not a regional group; use one of: ${REGIONAL_GROUPS.join(', ')}.`, [
      { field: 'regionalGroup', problems: [`must be one of ${REGIONAL_GROUPS.join(', ')}`] },
    ]);
  }
  const note = command.note?.trim();
  requireSafeText({ note });
  return [panelChairsEvent('RegionalGroupConsulted', { panelId: panel.id, regionalGroup: group, ...(note ? { note } : {}) })];
}

function inviteChair(command: InviteChair, state: ArrangementsState): PanelChairsEvent[] {
  requireRole(command.actor, 'pga', 'invite a panel chair');
  requireMeeting(command.meetingId, command.meeting);
  const panel = existingPanel(state, command.meetingId, command.panelId);
  requireOpen(state, command.meetingId, 'invite a chair');
  const invited = memberState(command.state);
  if (!invited) {
    fail('VALIDATION_FAILED', `"${command.state}" is not a Member State; panels are chaired by Member States.`, [
      { field: 'state', problems: ['must be the code of a Member State'] },
    ]);
  }
  if (panel.chair && panel.chair.status !== 'declined') {
    fail(
      'INVALID_STATE',
      `Panel "${panel.id}" already has a chair ${panel.chair.status} (${panel.chair.state}); a panel is free again once its invitation is declined or withdrawn.`,
    );
  }
  const group = invited.regionalGroup;
  if (!panel.consultedGroups.includes(group)) {
    fail('INVALID_STATE', `Consult the ${group} on panel "${panel.id}" before inviting ${invited.name} (${invited.code}) to chair it.`);
  }
  const rival = state.panels.find(
    (other) => other.id !== panel.id && other.chair?.regionalGroup === group && other.chair.status !== 'declined',
  );
  if (rival) {
    fail(
      'INVALID_STATE',
      `Panel "${rival.id}" is already chaired from the ${group} (${rival.chair!.state}, ${rival.chair!.status}); ` +
        'two panels of one meeting are never chaired from the same regional group.',
    );
  }
  return [panelChairsEvent('ChairInvited', { panelId: panel.id, state: invited.code, regionalGroup: group })];
}

/** Only an unanswered invitation: an answer, once given, is the State's. */
function withdrawChairInvitation(command: WithdrawChairInvitation, state: ArrangementsState): PanelChairsEvent[] {
  requireRole(command.actor, 'pga', 'withdraw an invitation to chair a panel');
  requireMeeting(command.meetingId, command.meeting);
  const panel = existingPanel(state, command.meetingId, command.panelId);
  requireOpen(state, command.meetingId, 'withdraw an invitation to chair');
  const chair = panel.chair;
  if (!chair) fail('INVALID_STATE', `No State is invited to chair panel "${panel.id}"; there is no invitation to withdraw.`);
  if (chair.status !== 'invited') {
    fail(
      'INVALID_STATE',
      `${chair.state} has already ${chair.status} the invitation to chair panel "${panel.id}"; only an unanswered invitation can be withdrawn.`,
    );
  }
  return [panelChairsEvent('ChairInvitationWithdrawn', { panelId: panel.id, state: chair.state })];
}

function respondToChairInvitation(command: RespondToChairInvitation, state: ArrangementsState): PanelChairsEvent[] {
  requireRole(command.actor, 'member-state', 'answer an invitation to chair a panel');
  requireMeeting(command.meetingId, command.meeting);
  const panel = existingPanel(state, command.meetingId, command.panelId);
  const chair = panel.chair;
  if (!chair) fail('INVALID_STATE', `No State is invited to chair panel "${panel.id}"; there is no invitation to answer.`);
  if (chair.state !== command.actor.state) {
    fail('FORBIDDEN', `The invitation to chair panel "${panel.id}" is addressed to ${chair.state}; only that State may answer it.`);
  }
  requireOpen(state, command.meetingId, 'answer an invitation to chair');
  if (chair.status !== 'invited')
    fail('INVALID_STATE', `${chair.state} has already ${chair.status} the invitation to chair panel "${panel.id}".`);
  const data = { panelId: panel.id, state: chair.state };
  return [command.accept ? panelChairsEvent('ChairInvitationAccepted', data) : panelChairsEvent('ChairInvitationDeclined', data)];
}

function recordPanelSummary(command: RecordPanelSummary, state: ArrangementsState): PanelChairsEvent[] {
  requireRole(command.actor, ['member-state', 'pga'], "record a panel chair's summary");
  requireMeeting(command.meetingId, command.meeting);
  const panel = existingPanel(state, command.meetingId, command.panelId);
  const chair = panel.chair?.status === 'accepted' ? panel.chair.state : undefined;
  if (command.actor.role === 'member-state' && command.actor.state !== chair) {
    fail('FORBIDDEN', `Only the chair of panel "${panel.id}"${chair ? ` (${chair})` : ''} or the PGA may record its summary.`);
  }
  if (!chair) fail('INVALID_STATE', `Panel "${panel.id}" has no chair who accepted; the summary is the chair's.`);
  const text = requireText('text', command.text, 'The summary');
  return [panelChairsEvent('PanelSummaryRecorded', { panelId: panel.id, chair, text })];
}
