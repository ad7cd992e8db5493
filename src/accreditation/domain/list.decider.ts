import { Decider, decideThrough, DecisionTable } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { requireSafeText } from '../../kernel/safe-text';
import { isMemberState } from '../../kernel/reference/reference-data';
import {
  CloseBatch,
  CreateList,
  ExtendDeadline,
  ListCommand,
  ProposeEntries,
  RaiseObjection,
  RecordGeneralAssemblyDecision,
  RecordReminder,
  SubmitBatch,
  TransmitList,
  WithdrawEntry,
  WithdrawObjection,
} from './list.commands';
import { ECOSOC_STATUSES, ListEvent, listEvent, Organization } from './list.events';
import { closeCancelledBatch, deadlineWithinCap, listCorrectionsDecisions } from './list-corrections';
import {
  describeEntry,
  existingBatch,
  existingEntry,
  existingList,
  objectingMemberState,
  openList,
  periodStillOpen,
  validDeadline,
} from './list.guards';
import { evolveList, initialListState, ListState, objectingStates, organizationKey, reminderKey } from './list.state';
import { DEFAULT_POLICY } from './meeting.events';
import { objectionBasisDecisions } from './objection-basis';
import { organizationTextAndCountryProblems, withNormalizedName } from './organization-text';

export type { BatchState, EntryState, EntryStatus, ListState, StandingObjection } from './list.state';

export const MAX_ENTRIES_PER_REQUEST = 1000;
export const MAX_OBJECTION_REASON = 2000;

/** One offending row of a bulk request (row = index in the request), shaped like the edge's validation details. */
export interface RowProblem {
  row: number;
  field: string;
  problems: string[];
}

/** Per command kind, its decision: this file's, and those of the corrections and of the objection basis. */
const LIST_DECISIONS: DecisionTable<ListCommand, ListEvent, ListState> = {
  CreateList: createList,
  ProposeEntries: proposeEntries,
  WithdrawEntry: withdrawEntry,
  SubmitBatch: submitBatch,
  ExtendDeadline: extendDeadline,
  CloseBatch: closeBatch,
  RaiseObjection: raiseObjection,
  WithdrawObjection: withdrawObjection,
  RecordGeneralAssemblyDecision: recordDecision,
  RecordReminder: recordReminder,
  TransmitList: transmitList,
  ...listCorrectionsDecisions,
  ...objectionBasisDecisions,
};

/** Paragraphs 8 and 9 of the resolution: the ECOSOC list and the non-objection list of one meeting. */
export const listDecider: Decider<ListCommand, ListEvent, ListState> = {
  initialState: initialListState,

  decide: decideThrough(LIST_DECISIONS),

  evolve: evolveList,
};

function createList(command: CreateList, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'create a stakeholder list');
  const { meetingId, listId, listKind, title, meeting } = command;
  requireSafeText({ title });
  if (!meeting.exists) fail('NOT_FOUND', `There is no meeting "${meetingId}"; create the meeting before its lists.`);
  if (state.exists) fail('ALREADY_EXISTS', `A list with id "${listId}" already exists on meeting "${meetingId}"; choose another id.`);
  return [event('ListCreated', { meetingId, listId, kind: listKind, title, policy: meeting.policy ?? DEFAULT_POLICY })];
}

function proposeEntries(command: ProposeEntries, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'propose organizations for a list');
  openList(state, command);
  const { organizations, entryIds } = command;
  if (organizations.length < 1 || organizations.length > MAX_ENTRIES_PER_REQUEST) {
    const count = organizations.length;
    fail('VALIDATION_FAILED', `Propose between 1 and ${MAX_ENTRIES_PER_REQUEST} organizations at a time; this request has ${count}.`);
  }
  const takenId = entryIds.find((entryId, row) => state.entries.has(entryId) || entryIds.indexOf(entryId) !== row);
  if (entryIds.length !== organizations.length || takenId !== undefined) {
    throw new Error(`ProposeEntries needs one fresh entry id per organization (${entryIds.length} ids for ${organizations.length}).`);
  }
  const ecosoc = state.kind === 'ecosoc';
  const invalid = organizations.flatMap((organization, row) => [
    ...organizationProblems(organization, row, ecosoc),
    ...organizationTextAndCountryProblems(organization, row),
  ]);
  if (invalid.length) {
    const message = `${describeRows(invalid)} of the request ${verb(invalid, 'is', 'are')} not valid: ${summarize(invalid)}.`;
    fail('VALIDATION_FAILED', message, invalid);
  }
  const duplicates = duplicateRows(organizations, state);
  if (duplicates.length) {
    const message =
      `${describeRows(duplicates)} of the request ${verb(duplicates, 'names', 'name')} an organization already on list "${state.listId}" ` +
      `or earlier in the request (same name and country); remove ${verb(duplicates, 'it', 'them')}: ${summarize(duplicates)}.`;
    fail('ALREADY_EXISTS', message, duplicates);
  }
  return organizations.flatMap((organization, row): ListEvent[] => {
    const entryId = entryIds[row];
    const proposed = event('EntryProposed', { entryId, organization: withNormalizedName(organization) });
    return ecosoc ? [proposed, event('EntryApproved', { entryId, basis: 'ecosoc-consultative-status' })] : [proposed];
  });
}

function organizationProblems(organization: Organization, row: number, ecosoc: boolean): RowProblem[] {
  const problems: RowProblem[] = [];
  if (!organization.name?.trim()) problems.push({ row, field: 'name', problems: ['the name is blank'] });
  if (!organization.country?.trim()) problems.push({ row, field: 'country', problems: ['the country is missing'] });
  if (ecosoc && !organization.ecosocStatus) {
    problems.push({ row, field: 'ecosocStatus', problems: ['an ecosoc list needs the consultative status (general, special or roster)'] });
  } else if (organization.ecosocStatus !== undefined && !ECOSOC_STATUSES.includes(organization.ecosocStatus)) {
    problems.push({ row, field: 'ecosocStatus', problems: [`"${organization.ecosocStatus}" is not general, special or roster`] });
  }
  return problems;
}

/** Rows naming an organization already on the list (withdrawn entries aside) or named by an earlier row. */
function duplicateRows(organizations: Organization[], state: ListState): RowProblem[] {
  const seen = new Map<string, number>();
  const problems: RowProblem[] = [];
  organizations.forEach((organization, row) => {
    const key = organizationKey(organization);
    const existing = state.organizationKeys.get(key);
    const earlierRow = seen.get(key);
    const who = `"${organization.name}" (${organization.country})`;
    if (existing !== undefined) problems.push({ row, field: 'name', problems: [`${who} is already on the list as entry ${existing}`] });
    else if (earlierRow !== undefined)
      problems.push({ row, field: 'name', problems: [`${who} repeats row ${earlierRow} of this request`] });
    else seen.set(key, row);
  });
  return problems;
}

function withdrawEntry(command: WithdrawEntry, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'withdraw an entry');
  openList(state, command);
  const entry = existingEntry(state, command.entryId);
  if (entry.status !== 'proposed' && entry.status !== 'under-consideration') {
    fail(
      'INVALID_STATE',
      `${describeEntry(entry, true)} is ${entry.status}; only a proposed or under-consideration entry can be withdrawn.`,
    );
  }
  return [event('EntryWithdrawn', { entryId: entry.id })];
}

function submitBatch(command: SubmitBatch, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'submit a batch to Member States');
  openList(state, command);
  if (state.kind !== 'non-objection') {
    fail('INVALID_STATE', `List "${state.listId}" is an ecosoc list: its entries are approved on inclusion and never go to Member States.`);
  }
  const deadline = validDeadline(command.deadline);
  if (deadline.getTime() <= command.now.getTime()) {
    fail(
      'VALIDATION_FAILED',
      `The deadline ${deadline.toISOString()} is not in the future (now is ${command.now.toISOString()}); give a later deadline.`,
      [{ field: 'deadline', problems: ['must be in the future'] }],
    );
  }
  deadlineWithinCap(deadline, command);
  const entryIds = [...state.entries.values()].filter((entry) => entry.status === 'proposed').map((entry) => entry.id);
  if (!entryIds.length)
    fail('INVALID_STATE', `Nothing proposed on list "${state.listId}": propose organizations before submitting a batch.`);
  return [event('BatchSubmitted', { batch: state.batches.size + 1, deadline: deadline.toISOString(), entryIds })];
}

function extendDeadline(command: ExtendDeadline, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'extend the deadline of a batch');
  openList(state, command);
  const batch = existingBatch(state, command.batch);
  if (batch.status !== 'open') {
    fail('INVALID_STATE', `Batch ${batch.number} of list "${state.listId}" is ${batch.status}; its deadline can no longer be extended.`);
  }
  if (command.now.getTime() >= Date.parse(batch.deadline)) {
    fail(
      'INVALID_STATE',
      `The deadline ${batch.deadline} of batch ${batch.number} has passed; the batch is due to close and can no longer be extended.`,
    );
  }
  const deadline = validDeadline(command.deadline);
  if (deadline.getTime() <= Date.parse(batch.deadline)) {
    fail(
      'VALIDATION_FAILED',
      `The new deadline ${deadline.toISOString()} is not later than the current deadline ${batch.deadline} of batch ${batch.number}; ` +
        'a deadline may be extended, never shortened.',
      [{ field: 'deadline', problems: [`must be later than ${batch.deadline}`] }],
    );
  }
  deadlineWithinCap(deadline, command);
  return [event('BatchDeadlineExtended', { batch: batch.number, previousDeadline: batch.deadline, deadline: deadline.toISOString() })];
}

function closeBatch(command: CloseBatch, state: ListState): ListEvent[] {
  requireRole(command.actor, ['pga', 'system'], 'close a batch');
  existingList(state, command);
  const batch = existingBatch(state, command.batch);
  if (batch.status === 'closed') return [];
  if (batch.status === 'cancelled') return closeCancelledBatch(command, batch, state.listId);
  openList(state, command);
  if (command.now.getTime() < Date.parse(batch.deadline)) {
    fail('DEADLINE_NOT_REACHED', `Batch ${batch.number} of list "${state.listId}" cannot close before its deadline ${batch.deadline}.`);
  }
  const events: ListEvent[] = [];
  let approved = 0;
  let objected = 0;
  for (const entryId of batch.entryIds) {
    if (state.entries.get(entryId)?.status !== 'under-consideration') continue;
    const states = objectingStates(state, entryId);
    if (states.length) {
      objected += 1;
      events.push(event('EntryObjected', { entryId, batch: batch.number, states }));
    } else {
      approved += 1;
      events.push(event('EntryApproved', { entryId, basis: 'no-objection' }));
    }
  }
  const closedAt = command.now.toISOString();
  events.push(event('BatchClosed', { batch: batch.number, deadline: batch.deadline, closedAt, approved, objected }));
  return events;
}

function raiseObjection(command: RaiseObjection, state: ListState): ListEvent[] {
  const objecting = objectingMemberState(command.actor, 'raise an objection');
  openList(state, command);
  const onBehalfOf = validOnBehalfOf(command.onBehalfOf ?? [], objecting);
  const { reason } = command;
  requireSafeText({ reason });
  if (reason !== undefined && reason.length > MAX_OBJECTION_REASON) {
    fail('VALIDATION_FAILED', `The reason is ${reason.length} characters long; keep it to ${MAX_OBJECTION_REASON}.`, [
      { field: 'reason', problems: [`longer than ${MAX_OBJECTION_REASON} characters`] },
    ]);
  }
  const entry = existingEntry(state, command.entryId);
  const batch = periodStillOpen(state, entry, command.now, 'raised');
  if (entry.status !== 'under-consideration' || !batch) {
    fail('INVALID_STATE', `${describeEntry(entry, true)} is ${entry.status}, not under consideration by Member States: no objection.`);
  }
  if (state.objections.get(entry.id)?.has(objecting)) {
    fail('ALREADY_EXISTS', `${objecting} already has a standing objection to ${describeEntry(entry)}.`);
  }
  const data = { entryId: entry.id, batch: batch.number, state: objecting, onBehalfOf };
  return [event('ObjectionRaised', reason !== undefined ? { ...data, reason } : data)];
}

function withdrawObjection(command: WithdrawObjection, state: ListState): ListEvent[] {
  const objecting = objectingMemberState(command.actor, 'withdraw an objection');
  openList(state, command);
  const entry = existingEntry(state, command.entryId);
  const batch = periodStillOpen(state, entry, command.now, 'withdrawn');
  if (!batch || !state.objections.get(entry.id)?.has(objecting)) {
    fail('NOT_FOUND', `There is no standing objection by ${objecting} to ${describeEntry(entry)} to withdraw.`);
  }
  return [event('ObjectionWithdrawn', { entryId: entry.id, batch: batch.number, state: objecting })];
}

function recordDecision(command: RecordGeneralAssemblyDecision, state: ListState): ListEvent[] {
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

function transmitList(command: TransmitList, state: ListState): ListEvent[] {
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

/** Issued once per batch, deadline and lead time, only while that deadline is still the batch's and ahead. */
function recordReminder(command: RecordReminder, state: ListState): ListEvent[] {
  requireRole(command.actor, 'system', 'record a reminder');
  existingList(state, command);
  const batch = state.batches.get(command.batch);
  const current = batch?.status === 'open' && batch.deadline === command.deadline && command.now < new Date(batch.deadline);
  if (!current || batch.reminders?.includes(reminderKey(command.deadline, command.before))) return [];
  return [event('DeadlineReminderIssued', { batch: command.batch, deadline: command.deadline, before: command.before })];
}

/** Member States only; deduplicated, in the order given, without the objecting State itself. */
function validOnBehalfOf(codes: readonly string[], objecting: string): string[] {
  const bad = [...new Set(codes.filter((code) => !isMemberState(code)))];
  if (bad.length) {
    fail('VALIDATION_FAILED', `An objection may be made only on behalf of Member States; these are not: ${bad.join(', ')}.`, [
      { field: 'onBehalfOf', problems: [`not Member States: ${bad.join(', ')}`], codes: bad },
    ]);
  }
  return [...new Set(codes)].filter((code) => code !== objecting);
}

// ---- small helpers ----

const event = listEvent;

function rows(problems: RowProblem[]): number[] {
  return [...new Set(problems.map((problem) => problem.row))];
}

function verb(problems: RowProblem[], one: string, many: string): string {
  return rows(problems).length === 1 ? one : many;
}

function describeRows(problems: RowProblem[]): string {
  const offending = rows(problems);
  return offending.length === 1 ? `Row ${offending[0]}` : `Rows ${offending.join(', ')}`;
}

function summarize(problems: RowProblem[]): string {
  const shown = problems.slice(0, 5).map((problem) => `row ${problem.row} ${problem.field}: ${problem.problems.join('; ')}`);
  return problems.length > 5 ? `${shown.join('; ')}; and ${problems.length - 5} more (see details)` : shown.join('; ');
}
