import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { closeCancelledBatch, deadlineWithinCap } from './list-corrections';
import { EntryApproved, listEntriesEvent } from './list-entries';
import { existingBatch, existingList, ListCommandBase, openList, validDeadline } from './list.guards';
import { BatchState, ListState, objectingStates, reminderKey, withBatch, withEntry } from './list.state';

/**
 * Paragraph 9: the PGA submits the proposed entries of a non-objection list to Member States in a batch
 * with a deadline, which may be extended; at the deadline the batch closes and each entry is approved
 * or, with a standing objection, objected. Member States are reminded ahead of the deadline.
 */

export interface SubmitBatch extends ListCommandBase {
  kind: 'SubmitBatch';
  deadline: Date;
  /** How many days ahead of `now` a deadline may lie (MAX_DEADLINE_DAYS), added by the handler; absent from commands decided before the cap. */
  maxDeadlineDays?: number;
}

export interface ExtendDeadline extends ListCommandBase {
  kind: 'ExtendDeadline';
  batch: number;
  deadline: Date;
  /** How many days ahead of `now` a deadline may lie (MAX_DEADLINE_DAYS), added by the handler; absent from commands decided before the cap. */
  maxDeadlineDays?: number;
}

/** By the PGA after the deadline, or by the engine itself (actor role `system`) at the deadline. */
export interface CloseBatch extends ListCommandBase {
  kind: 'CloseBatch';
  batch: number;
}

/** By the engine (actor role `system`) when a reminder falls due; a no-op once issued or superseded. */
export interface RecordReminder extends ListCommandBase {
  kind: 'RecordReminder';
  batch: number;
  deadline: string;
  before: string;
}

export type ListBatchesCommand = SubmitBatch | ExtendDeadline | CloseBatch | RecordReminder;

export type BatchSubmitted = DomainEvent<'BatchSubmitted', { batch: number; deadline: string; entryIds: string[] }>;
export type BatchDeadlineExtended = DomainEvent<'BatchDeadlineExtended', { batch: number; previousDeadline: string; deadline: string }>;
/** At closure, an entry with a standing objection; `states` are the objecting States. */
export type EntryObjected = DomainEvent<'EntryObjected', { entryId: string; batch: number; states: string[] }>;
export type BatchClosed = DomainEvent<
  'BatchClosed',
  { batch: number; deadline: string; closedAt: string; approved: number; objected: number }
>;
/** Member States were reminded that the batch's deadline is `before` away (an ISO 8601 duration). */
export type DeadlineReminderIssued = DomainEvent<'DeadlineReminderIssued', { batch: number; deadline: string; before: string }>;

export type ListBatchesEvent = BatchSubmitted | BatchDeadlineExtended | EntryObjected | BatchClosed | DeadlineReminderIssued;

export const listBatchesEvents: EventTable<ListBatchesEvent, ListState> = {
  BatchSubmitted: { version: 1, evolve: (state, { data }) => submitted(state, data) },
  BatchDeadlineExtended: {
    version: 1,
    evolve: (state, { data }) => withBatch(state, data.batch, (batch) => ({ ...batch, deadline: data.deadline })),
  },
  EntryObjected: { version: 1, evolve: (state, { data }) => withEntry(state, data.entryId, (entry) => ({ ...entry, status: 'objected' })) },
  BatchClosed: {
    version: 1,
    evolve: (state, { data }) => withBatch(state, data.batch, (batch) => ({ ...batch, status: 'closed', closedAt: data.closedAt })),
  },
  DeadlineReminderIssued: {
    version: 1,
    evolve: (state, { data }) =>
      withBatch(state, data.batch, (batch) => ({
        ...batch,
        reminders: [...(batch.reminders ?? []), reminderKey(data.deadline, data.before)],
      })),
  },
};

function submitted(state: ListState, { batch, deadline, entryIds }: BatchSubmitted['data']): ListState {
  const entries = state.entries.withMutations((mutable) => {
    for (const entryId of entryIds) {
      const entry = mutable.get(entryId);
      if (entry) mutable.set(entryId, { ...entry, status: 'under-consideration', batch });
    }
  });
  const opened: BatchState = { number: batch, deadline, status: 'open', entryIds };
  return { ...state, entries, batches: state.batches.set(batch, opened) };
}

const event = eventBuilder<ListBatchesEvent>(versionsOf(listBatchesEvents));

export const listBatchesDecisions: DecisionTable<ListBatchesCommand, ListBatchesEvent | EntryApproved, ListState> = {
  SubmitBatch: submitBatch,
  ExtendDeadline: extendDeadline,
  CloseBatch: closeBatch,
  RecordReminder: recordReminder,
};

function submitBatch(command: SubmitBatch, state: ListState): ListBatchesEvent[] {
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

function extendDeadline(command: ExtendDeadline, state: ListState): ListBatchesEvent[] {
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

function closeBatch(command: CloseBatch, state: ListState): Array<ListBatchesEvent | EntryApproved> {
  requireRole(command.actor, ['pga', 'system'], 'close a batch');
  existingList(state, command);
  const batch = existingBatch(state, command.batch);
  if (batch.status === 'closed') return [];
  if (batch.status === 'cancelled') return closeCancelledBatch(command, batch, state.listId);
  openList(state, command);
  if (command.now.getTime() < Date.parse(batch.deadline)) {
    fail('DEADLINE_NOT_REACHED', `Batch ${batch.number} of list "${state.listId}" cannot close before its deadline ${batch.deadline}.`);
  }
  const events: Array<ListBatchesEvent | EntryApproved> = [];
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
      events.push(listEntriesEvent('EntryApproved', { entryId, basis: 'no-objection' }));
    }
  }
  const closedAt = command.now.toISOString();
  events.push(event('BatchClosed', { batch: batch.number, deadline: batch.deadline, closedAt, approved, objected }));
  return events;
}

/** Issued once per batch, deadline and lead time, only while that deadline is still the batch's and ahead. */
function recordReminder(command: RecordReminder, state: ListState): ListBatchesEvent[] {
  requireRole(command.actor, 'system', 'record a reminder');
  existingList(state, command);
  const batch = state.batches.get(command.batch);
  const current = batch?.status === 'open' && batch.deadline === command.deadline && command.now < new Date(batch.deadline);
  if (!current || batch.reminders?.includes(reminderKey(command.deadline, command.before))) return [];
  return [event('DeadlineReminderIssued', { batch: command.batch, deadline: command.deadline, before: command.before })];
}
