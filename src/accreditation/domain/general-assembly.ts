import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { requireSafeText } from '../../kernel/safe-text';
import { describeEntry, existingEntry, ListCommandBase, openList } from './list.guards';
import { GeneralAssemblyDecision, ListState, withEntry } from './list.state';

/**
 * What goes to the General Assembly: its decision on an objected entry, where the meeting's policy sends
 * objected organizations to it, and the list itself, transmitted once every batch is closed.
 */

export interface RecordGeneralAssemblyDecision extends ListCommandBase {
  kind: 'RecordGeneralAssemblyDecision';
  entryId: string;
  decision: GeneralAssemblyDecision;
  reference: string;
}

export interface TransmitList extends ListCommandBase {
  kind: 'TransmitList';
}

export type GeneralAssemblyCommand = RecordGeneralAssemblyDecision | TransmitList;

export type GeneralAssemblyDecisionRecorded = DomainEvent<
  'GeneralAssemblyDecisionRecorded',
  { entryId: string; decision: GeneralAssemblyDecision; reference: string }
>;
export type ListTransmitted = DomainEvent<'ListTransmitted', { transmittedAt: string; entries: number }>;

export type GeneralAssemblyEvent = GeneralAssemblyDecisionRecorded | ListTransmitted;

export const generalAssemblyEvents: EventTable<GeneralAssemblyEvent, ListState> = {
  GeneralAssemblyDecisionRecorded: {
    version: 1,
    evolve: (state, { data: { entryId, decision, reference } }) =>
      withEntry(state, entryId, (entry) => ({
        ...entry,
        status: decision === 'approve' ? 'approved' : 'rejected',
        generalAssemblyDecision: { decision, reference },
      })),
  },
  ListTransmitted: { version: 1, evolve: (state, { data }) => ({ ...state, status: 'transmitted', transmittedAt: data.transmittedAt }) },
};

const event = eventBuilder<GeneralAssemblyEvent>(versionsOf(generalAssemblyEvents));

export const generalAssemblyDecisions: DecisionTable<GeneralAssemblyCommand, GeneralAssemblyEvent, ListState> = {
  RecordGeneralAssemblyDecision: recordDecision,
  TransmitList: transmitList,
};

function recordDecision(command: RecordGeneralAssemblyDecision, state: ListState): GeneralAssemblyEvent[] {
  requireRole(command.actor, 'pga', 'record a decision of the General Assembly');
  openList(state, command);
  const entry = existingEntry(state, command.entryId);
  if (entry.status !== 'objected') {
    const earlier = entry.generalAssemblyDecision;
    const why = earlier
      ? `the General Assembly already decided on it (${earlier.decision}, ${earlier.reference})`
      : `it is ${entry.status}`;
    const message = `${describeEntry(entry, true)} is not awaiting a General Assembly decision: ${why}.`;
    fail('INVALID_STATE', `${message} Only an objected entry goes to the General Assembly.`);
  }
  if (!state.policy?.objectedGoToGeneralAssembly) {
    fail(
      'INVALID_STATE',
      `The policy of meeting "${state.meetingId}" does not send objected organizations to the General Assembly ` +
        '(objectedGoToGeneralAssembly is false): an objection stands and there is no decision to record.',
    );
  }
  if (!command.reference?.trim()) {
    fail('VALIDATION_FAILED', 'Give the reference of the General Assembly decision (for example its document symbol).', [
      { field: 'reference', problems: ['is blank'] },
    ]);
  }
  const { decision, reference } = command;
  requireSafeText({ reference });
  return [event('GeneralAssemblyDecisionRecorded', { entryId: entry.id, decision, reference })];
}

function transmitList(command: TransmitList, state: ListState): GeneralAssemblyEvent[] {
  requireRole(command.actor, 'pga', 'transmit a list to the General Assembly');
  openList(state, command);
  const openBatches = [...state.batches.values()]
    .filter((batch) => batch.status === 'open')
    .map((batch) => batch.number)
    .sort((a, b) => a - b);
  let proposed = 0;
  let approved = 0;
  for (const entry of state.entries.values()) {
    if (entry.status === 'proposed') proposed += 1;
    if (entry.status === 'approved') approved += 1;
  }
  const blockers: string[] = [];
  if (openBatches.length) blockers.push(`${openBatches.length > 1 ? 'batches' : 'batch'} ${openBatches.join(', ')} still open`);
  if (proposed) {
    blockers.push(`${proposed} ${proposed > 1 ? 'entries' : 'entry'} still proposed (submit or withdraw ${proposed > 1 ? 'them' : 'it'})`);
  }
  if (blockers.length) {
    fail('INVALID_STATE', `List "${state.listId}" cannot be transmitted yet: ${blockers.join('; ')}.`, { openBatches, proposed });
  }
  return [event('ListTransmitted', { transmittedAt: command.now.toISOString(), entries: approved })];
}
