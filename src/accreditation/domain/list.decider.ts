import { Actor } from '../../event-store/event-store.port';
import { Decider } from '../../shared/domain/decider';
import { DomainError } from '../../shared/domain/domain-error';
import { requireRole } from '../../shared/domain/require-role';
import { isMemberState } from '../../shared/reference/reference-data';
import {
  CloseBatch,
  CreateList,
  ExtendDeadline,
  ListCommand,
  ProposeEntries,
  RaiseObjection,
  RecordGeneralAssemblyDecision,
  SubmitBatch,
  TransmitList,
  WithdrawEntry,
  WithdrawObjection,
} from './list.commands';
import { ECOSOC_STATUSES, ListEvent } from './list.events';
import { DEFAULT_POLICY } from './meeting.events';
import { BatchState, EntryState, initialListState, ListState, evolveList, objectingStates, organizationKey } from './list.state';

export type { BatchState, EntryState, EntryStatus, ListState, StandingObjection } from './list.state';

export const MAX_ENTRIES_PER_REQUEST = 1000;
export const MAX_OBJECTION_REASON = 2000;

/** One offending row of a bulk request (row = index in the request). */
export interface RowProblem {
  row: number;
  field: string;
  problem: string;
}

/** Paragraphs 8 and 9 of the resolution: the ECOSOC list and the non-objection list of one meeting. */
export const listDecider: Decider<ListCommand, ListEvent, ListState> = {
  initialState: initialListState,

  decide(command, state) {
    switch (command.kind) {
      case 'CreateList':
        return createList(command, state);
      case 'ProposeEntries':
        return proposeEntries(command, state);
      case 'WithdrawEntry':
        return withdrawEntry(command, state);
      case 'SubmitBatch':
        return submitBatch(command, state);
      case 'ExtendDeadline':
        return extendDeadline(command, state);
      case 'CloseBatch':
        return closeBatch(command, state);
      case 'RaiseObjection':
        return raiseObjection(command, state);
      case 'WithdrawObjection':
        return withdrawObjection(command, state);
      case 'RecordGeneralAssemblyDecision':
        return recordDecision(command, state);
      case 'TransmitList':
        return transmitList(command, state);
    }
  },

  evolve: evolveList,
};

function createList(command: CreateList, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'create a stakeholder list');
  const { meetingId, listId, listKind, title, meeting } = command;
  if (!meeting.exists) throw new DomainError('NOT_FOUND', `There is no meeting "${meetingId}"; create the meeting before its lists.`);
  if (state.exists) {
    throw new DomainError('ALREADY_EXISTS', `A list with id "${listId}" already exists on meeting "${meetingId}"; choose another id.`);
  }
  const policy = meeting.policy ?? DEFAULT_POLICY;
  return [{ type: 'ListCreated', schemaVersion: 1, data: { meetingId, listId, kind: listKind, title, policy } }];
}

function proposeEntries(command: ProposeEntries, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'propose organizations for a list');
  openList(state);
  const { organizations, entryIds } = command;
  if (organizations.length < 1 || organizations.length > MAX_ENTRIES_PER_REQUEST) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `Propose between 1 and ${MAX_ENTRIES_PER_REQUEST} organizations at a time; this request has ${organizations.length}.`,
    );
  }
  if (entryIds.length !== organizations.length) {
    throw new Error(`ProposeEntries needs one entry id per organization (${entryIds.length} ids, ${organizations.length} organizations).`);
  }
  const takenId = entryIds.find((entryId, row) => state.entries.has(entryId) || entryIds.indexOf(entryId) !== row);
  if (takenId !== undefined) throw new Error(`ProposeEntries was given entry id ${takenId} twice or after it was taken.`);
  const ecosoc = state.kind === 'ecosoc';
  const invalid = organizations.flatMap((organization, row) => organizationProblems(organization, row, ecosoc));
  if (invalid.length) {
    throw new DomainError('VALIDATION_FAILED', `${describeRows(invalid)} of the request ${rowCount(invalid) === 1 ? 'is' : 'are'} not valid: ${summarize(invalid)}.`, invalid);
  }
  const duplicates = duplicateRows(command, state);
  if (duplicates.length) {
    throw new DomainError(
      'ALREADY_EXISTS',
      `${describeRows(duplicates)} of the request ${rowCount(duplicates) === 1 ? 'names' : 'name'} an organization already on list "${state.listId}" ` +
        `or earlier in the request (same name and country); remove ${duplicates.length === 1 ? 'it' : 'them'}: ${summarize(duplicates)}.`,
      duplicates,
    );
  }
  return organizations.flatMap((organization, row): ListEvent[] => {
    const entryId = entryIds[row];
    const proposed: ListEvent = { type: 'EntryProposed', schemaVersion: 1, data: { entryId, organization } };
    if (!ecosoc) return [proposed];
    return [proposed, { type: 'EntryApproved', schemaVersion: 1, data: { entryId, basis: 'ecosoc-consultative-status' } }];
  });
}

function organizationProblems(organization: ProposeEntries['organizations'][number], row: number, ecosoc: boolean): RowProblem[] {
  const problems: RowProblem[] = [];
  if (!organization.name?.trim()) problems.push({ row, field: 'name', problem: 'the name is blank' });
  if (!organization.country?.trim()) problems.push({ row, field: 'country', problem: 'the country is missing' });
  if (ecosoc && !organization.ecosocStatus) {
    problems.push({ row, field: 'ecosocStatus', problem: 'an ecosoc list needs the consultative status (general, special or roster)' });
  } else if (organization.ecosocStatus !== undefined && !ECOSOC_STATUSES.includes(organization.ecosocStatus)) {
    problems.push({ row, field: 'ecosocStatus', problem: `"${organization.ecosocStatus}" is not general, special or roster` });
  }
  return problems;
}

function duplicateRows(command: ProposeEntries, state: ListState): RowProblem[] {
  const seen = new Map<string, number>();
  const problems: RowProblem[] = [];
  command.organizations.forEach((organization, row) => {
    const key = organizationKey(organization);
    const existing = state.organizationKeys.get(key);
    const earlierRow = seen.get(key);
    if (existing !== undefined) {
      problems.push({ row, field: 'name', problem: `"${organization.name}" (${organization.country}) is already on the list as entry ${existing}` });
    } else if (earlierRow !== undefined) {
      problems.push({ row, field: 'name', problem: `"${organization.name}" (${organization.country}) repeats row ${earlierRow} of this request` });
    } else {
      seen.set(key, row);
    }
  });
  return problems;
}

function withdrawEntry(command: WithdrawEntry, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'withdraw an entry');
  openList(state);
  const entry = existingEntry(state, command.entryId);
  if (entry.status !== 'proposed' && entry.status !== 'under-consideration') {
    throw new DomainError(
      'INVALID_STATE',
      `Entry ${entry.id} ("${entry.organization.name}") is ${entry.status}; only a proposed or under-consideration entry can be withdrawn.`,
    );
  }
  return [{ type: 'EntryWithdrawn', schemaVersion: 1, data: { entryId: entry.id } }];
}

function submitBatch(command: SubmitBatch, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'submit a batch to Member States');
  openList(state);
  if (state.kind !== 'non-objection') {
    throw new DomainError('INVALID_STATE', `List "${state.listId}" is an ecosoc list: its entries are approved on inclusion and never go to Member States in batches.`);
  }
  const deadline = validDeadline(command.deadline);
  if (deadline.getTime() <= command.now.getTime()) {
    throw new DomainError('VALIDATION_FAILED', `The deadline ${deadline.toISOString()} is not in the future (now is ${command.now.toISOString()}); give a later deadline.`, [
      { field: 'deadline', problem: 'must be in the future' },
    ]);
  }
  const entryIds = [...state.entries.values()].filter((entry) => entry.status === 'proposed').map((entry) => entry.id);
  if (!entryIds.length) {
    throw new DomainError('INVALID_STATE', `Nothing proposed on list "${state.listId}": propose organizations before submitting a batch.`);
  }
  const batch = state.batches.size + 1;
  return [{ type: 'BatchSubmitted', schemaVersion: 1, data: { batch, deadline: deadline.toISOString(), entryIds } }];
}

function extendDeadline(command: ExtendDeadline, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'extend the deadline of a batch');
  openList(state);
  const batch = existingBatch(state, command.batch);
  if (batch.status !== 'open') {
    throw new DomainError('INVALID_STATE', `Batch ${batch.number} of list "${state.listId}" is closed; its deadline can no longer be extended.`);
  }
  if (command.now.getTime() >= Date.parse(batch.deadline)) {
    throw new DomainError('INVALID_STATE', `The deadline ${batch.deadline} of batch ${batch.number} has passed; the batch is due to close and can no longer be extended.`);
  }
  const deadline = validDeadline(command.deadline);
  if (deadline.getTime() <= Date.parse(batch.deadline)) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `The new deadline ${deadline.toISOString()} is not later than the current deadline ${batch.deadline} of batch ${batch.number}; a deadline may be extended, never shortened.`,
      [{ field: 'deadline', problem: `must be later than ${batch.deadline}` }],
    );
  }
  return [
    { type: 'BatchDeadlineExtended', schemaVersion: 1, data: { batch: batch.number, previousDeadline: batch.deadline, deadline: deadline.toISOString() } },
  ];
}

function closeBatch(command: CloseBatch, state: ListState): ListEvent[] {
  requireRole(command.actor, ['pga', 'system'], 'close a batch');
  existingList(state);
  const batch = existingBatch(state, command.batch);
  if (batch.status === 'closed') return [];
  openList(state);
  if (command.now.getTime() < Date.parse(batch.deadline)) {
    throw new DomainError('DEADLINE_NOT_REACHED', `Batch ${batch.number} of list "${state.listId}" cannot close before its deadline ${batch.deadline}.`);
  }
  const events: ListEvent[] = [];
  let approved = 0;
  let objected = 0;
  for (const entryId of batch.entryIds) {
    if (state.entries.get(entryId)?.status !== 'under-consideration') continue;
    const states = objectingStates(state, entryId);
    if (states.length) {
      objected += 1;
      events.push({ type: 'EntryObjected', schemaVersion: 1, data: { entryId, batch: batch.number, states } });
    } else {
      approved += 1;
      events.push({ type: 'EntryApproved', schemaVersion: 1, data: { entryId, basis: 'no-objection' } });
    }
  }
  const closedAt = command.now.toISOString();
  events.push({ type: 'BatchClosed', schemaVersion: 1, data: { batch: batch.number, deadline: batch.deadline, closedAt, approved, objected } });
  return events;
}

function raiseObjection(command: RaiseObjection, state: ListState): ListEvent[] {
  const objecting = objectingMemberState(command.actor, 'raise an objection');
  openList(state);
  const onBehalfOf = validOnBehalfOf(command.onBehalfOf ?? [], objecting);
  if (command.reason !== undefined && command.reason.length > MAX_OBJECTION_REASON) {
    throw new DomainError('VALIDATION_FAILED', `The reason is ${command.reason.length} characters long; keep it to ${MAX_OBJECTION_REASON}.`, [
      { field: 'reason', problem: `longer than ${MAX_OBJECTION_REASON} characters` },
    ]);
  }
  const entry = existingEntry(state, command.entryId);
  const batch = periodStillOpen(state, entry, command.now, 'raised');
  if (entry.status !== 'under-consideration' || !batch) {
    throw new DomainError('INVALID_STATE', `Entry ${entry.id} ("${entry.organization.name}") is ${entry.status}, not under consideration by Member States; it takes no objection.`);
  }
  if (state.objections.get(entry.id)?.has(objecting)) {
    throw new DomainError('ALREADY_EXISTS', `${objecting} already has a standing objection to entry ${entry.id} ("${entry.organization.name}").`);
  }
  const reason = command.reason !== undefined ? { reason: command.reason } : {};
  return [{ type: 'ObjectionRaised', schemaVersion: 1, data: { entryId: entry.id, batch: batch.number, state: objecting, onBehalfOf, ...reason } }];
}

function withdrawObjection(command: WithdrawObjection, state: ListState): ListEvent[] {
  const objecting = objectingMemberState(command.actor, 'withdraw an objection');
  openList(state);
  const entry = existingEntry(state, command.entryId);
  const batch = periodStillOpen(state, entry, command.now, 'withdrawn');
  if (!batch || !state.objections.get(entry.id)?.has(objecting)) {
    throw new DomainError('NOT_FOUND', `There is no standing objection by ${objecting} to entry ${entry.id} ("${entry.organization.name}") to withdraw.`);
  }
  return [{ type: 'ObjectionWithdrawn', schemaVersion: 1, data: { entryId: entry.id, batch: batch.number, state: objecting } }];
}

function recordDecision(command: RecordGeneralAssemblyDecision, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'record a decision of the General Assembly');
  openList(state);
  const entry = existingEntry(state, command.entryId);
  if (entry.status !== 'objected') {
    const why = entry.generalAssemblyDecision
      ? `the General Assembly already decided on it (${entry.generalAssemblyDecision.decision}, ${entry.generalAssemblyDecision.reference})`
      : `it is ${entry.status}`;
    throw new DomainError('INVALID_STATE', `Entry ${entry.id} ("${entry.organization.name}") is not awaiting a General Assembly decision: ${why}. Only an objected entry goes to the General Assembly.`);
  }
  if (!state.policy?.objectedGoToGeneralAssembly) {
    throw new DomainError(
      'INVALID_STATE',
      `The policy of meeting "${state.meetingId}" does not send objected organizations to the General Assembly (objectedGoToGeneralAssembly is false); an objection stands.`,
    );
  }
  if (!command.reference?.trim()) {
    throw new DomainError('VALIDATION_FAILED', 'Give the reference of the General Assembly decision (for example its document symbol).', [
      { field: 'reference', problem: 'is blank' },
    ]);
  }
  const { decision, reference } = command;
  return [{ type: 'GeneralAssemblyDecisionRecorded', schemaVersion: 1, data: { entryId: entry.id, decision, reference } }];
}

function transmitList(command: TransmitList, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'transmit a list to the General Assembly');
  openList(state);
  const openBatches = [...state.batches.values()].filter((batch) => batch.status === 'open').map((batch) => batch.number).sort((a, b) => a - b);
  let proposed = 0;
  let approved = 0;
  for (const entry of state.entries.values()) {
    if (entry.status === 'proposed') proposed += 1;
    if (entry.status === 'approved') approved += 1;
  }
  const blockers = [
    ...(openBatches.length ? [`batch${openBatches.length > 1 ? 'es' : ''} ${openBatches.join(', ')} still open`] : []),
    ...(proposed ? [`${proposed} entr${proposed > 1 ? 'ies' : 'y'} still proposed (submit or withdraw ${proposed > 1 ? 'them' : 'it'})`] : []),
  ];
  if (blockers.length) {
    throw new DomainError('INVALID_STATE', `List "${state.listId}" cannot be transmitted yet: ${blockers.join('; ')}.`, { openBatches, proposed });
  }
  return [{ type: 'ListTransmitted', schemaVersion: 1, data: { transmittedAt: command.now.toISOString(), entries: approved } }];
}

// ---- shared guards ----

function existingList(state: ListState): ListState {
  if (!state.exists) throw new DomainError('NOT_FOUND', 'There is no such list on this meeting; create the list first.');
  return state;
}

/** The list exists and takes changes (it has not been transmitted). */
function openList(state: ListState): ListState {
  existingList(state);
  if (state.status === 'transmitted') {
    throw new DomainError('INVALID_STATE', `List "${state.listId}" was transmitted to the General Assembly on ${state.transmittedAt} and takes no change.`);
  }
  return state;
}

function existingEntry(state: ListState, entryId: string): EntryState {
  const entry = state.entries.get(entryId);
  if (!entry) throw new DomainError('NOT_FOUND', `There is no entry ${entryId} on list "${state.listId}".`);
  return entry;
}

function existingBatch(state: ListState, number: number): BatchState {
  const batch = state.batches.get(number);
  if (!batch) throw new DomainError('NOT_FOUND', `There is no batch ${number} on list "${state.listId}".`);
  return batch;
}

function validDeadline(deadline: Date): Date {
  if (!(deadline instanceof Date) || Number.isNaN(deadline.getTime())) {
    throw new DomainError('VALIDATION_FAILED', 'The deadline is not a valid instant; give an ISO 8601 instant with an offset.', [
      { field: 'deadline', problem: 'not a valid instant' },
    ]);
  }
  return deadline;
}

/** Only a Member State objects (or withdraws its objection); the objecting State is the actor's. */
function objectingMemberState(actor: Actor, doing: string): string {
  requireRole(actor, 'member-state', `${doing}; only a Member State may`);
  if (!actor.state || !isMemberState(actor.state)) {
    throw new DomainError('FORBIDDEN', `Only a Member State may ${doing}; "${actor.state ?? '(none)'}" is not a Member State.`);
  }
  return actor.state;
}

function validOnBehalfOf(codes: readonly string[], objecting: string): string[] {
  const bad = [...new Set(codes.filter((code) => !isMemberState(code)))];
  if (bad.length) {
    throw new DomainError('VALIDATION_FAILED', `An objection may be made only on behalf of Member States; not Member States: ${bad.join(', ')}.`, [
      { field: 'onBehalfOf', problem: `not Member States: ${bad.join(', ')}`, codes: bad },
    ]);
  }
  return [...new Set(codes)].filter((code) => code !== objecting);
}

/**
 * The open batch of an entry whose non-objection period still runs at `now`; undefined when the entry
 * never went to Member States. An objection after the deadline (closed batch or not) is refused by name.
 */
function periodStillOpen(state: ListState, entry: EntryState, now: Date, verb: 'raised' | 'withdrawn'): BatchState | undefined {
  const batch = entry.batch !== undefined ? state.batches.get(entry.batch) : undefined;
  if (batch && (batch.status === 'closed' || now.getTime() >= Date.parse(batch.deadline))) {
    throw new DomainError(
      'NON_OBJECTION_PERIOD_CLOSED',
      `The non-objection period of batch ${batch.number} ended at its deadline ${batch.deadline}; an objection can no longer be ${verb}.`,
    );
  }
  return batch;
}

function rowCount(problems: RowProblem[]): number {
  return new Set(problems.map((problem) => problem.row)).size;
}

function describeRows(problems: RowProblem[]): string {
  const rows = [...new Set(problems.map((problem) => problem.row))];
  return rows.length === 1 ? `Row ${rows[0]}` : `Rows ${rows.join(', ')}`;
}

function summarize(problems: RowProblem[]): string {
  const shown = problems.slice(0, 5).map((problem) => `row ${problem.row} ${problem.field}: ${problem.problem}`);
  return problems.length > 5 ? `${shown.join('; ')}; and ${problems.length - 5} more (see details)` : shown.join('; ');
}
