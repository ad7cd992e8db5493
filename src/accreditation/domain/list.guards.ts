import { CommandEnvelope } from '../../kernel/decider';
import { Actor } from '../../kernel/events';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { isMemberState } from '../../kernel/reference/reference-data';
import { BatchState, EntryState, ListState } from './list.state';

/** The checks and words that several list decisions share, and what every list command carries. */

/** Which list a command is for (the stream it goes to). */
export interface ListAddress {
  meetingId: string;
  listId: string;
}

export type ListCommandBase = CommandEnvelope & ListAddress;

export function existingList(state: ListState, { meetingId, listId }: ListAddress): void {
  if (!state.exists) fail('NOT_FOUND', `Meeting "${meetingId}" has no list "${listId}"; create the list first.`);
}

/** The list exists and takes changes (it has not been transmitted). */
export function openList(state: ListState, address: ListAddress): void {
  existingList(state, address);
  if (state.status === 'transmitted') {
    fail('INVALID_STATE', `List "${state.listId}" was transmitted to the General Assembly on ${state.transmittedAt} and takes no change.`);
  }
}

export function existingEntry(state: ListState, entryId: string): EntryState {
  return state.entries.get(entryId) ?? fail('NOT_FOUND', `There is no entry ${entryId} on list "${state.listId}".`);
}

export function existingBatch(state: ListState, number: number): BatchState {
  return state.batches.get(number) ?? fail('NOT_FOUND', `There is no batch ${number} on list "${state.listId}".`);
}

export function validDeadline(deadline: Date): Date {
  if (!(deadline instanceof Date) || Number.isNaN(deadline.getTime())) {
    fail('VALIDATION_FAILED', 'The deadline is not a valid instant; give an ISO 8601 instant with an offset.', [
      { field: 'deadline', problems: ['not a valid instant'] },
    ]);
  }
  return deadline;
}

/** Only a Member State objects (or withdraws its objection); the objecting State is the actor's. */
export function objectingMemberState(actor: Actor, doing: string): string {
  requireRole(actor, 'member-state', `${doing}; only a Member State may`);
  if (!actor.state || !isMemberState(actor.state)) {
    fail('FORBIDDEN', `Only a Member State may ${doing}; "${actor.state ?? '(none)'}" is not a Member State.`);
  }
  return actor.state;
}

/**
 * The batch of an entry whose non-objection period still runs at `now`; undefined when the entry never went
 * to Member States. After the deadline (batch closed or not yet) an objection is refused, naming the deadline.
 */
export function periodStillOpen(
  state: ListState,
  entry: EntryState,
  now: Date,
  verb: 'raised' | 'withdrawn' | 'disowned',
): BatchState | undefined {
  const batch = entry.batch !== undefined ? state.batches.get(entry.batch) : undefined;
  if (batch && (batch.status === 'closed' || now.getTime() >= Date.parse(batch.deadline))) {
    fail(
      'NON_OBJECTION_PERIOD_CLOSED',
      `The non-objection period of batch ${batch.number} ended at its deadline ${batch.deadline}; an objection can no longer be ${verb}.`,
    );
  }
  return batch;
}

/** `entry <id> ("<organization name>")`; `Entry …` at the start of a sentence. */
export function describeEntry(entry: EntryState, start = false): string {
  return `${start ? 'Entry' : 'entry'} ${entry.id} ("${entry.organization.name}")`;
}
