import { Map as IMap } from 'immutable';
import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireSafeText } from '../../kernel/safe-text';
import { isMemberState } from '../../kernel/reference/reference-data';
import { describeEntry, existingEntry, ListCommandBase, objectingMemberState, openList, periodStillOpen } from './list.guards';
import { ListState, StandingObjection } from './list.state';

/**
 * Paragraph 9: until a batch's deadline, a Member State may object to an entry under consideration, on
 * its own behalf and on that of other Member States, and may withdraw its objection.
 */

export const MAX_OBJECTION_REASON = 2000;

export interface RaiseObjection extends ListCommandBase {
  kind: 'RaiseObjection';
  entryId: string;
  reason?: string;
  onBehalfOf?: string[];
}

export interface WithdrawObjection extends ListCommandBase {
  kind: 'WithdrawObjection';
  entryId: string;
}

export type ListObjectionsCommand = RaiseObjection | WithdrawObjection;

export type ObjectionRaised = DomainEvent<
  'ObjectionRaised',
  { entryId: string; batch: number; state: string; onBehalfOf: string[]; reason?: string }
>;
export type ObjectionWithdrawn = DomainEvent<'ObjectionWithdrawn', { entryId: string; batch: number; state: string }>;

export type ListObjectionsEvent = ObjectionRaised | ObjectionWithdrawn;

export const listObjectionsEvents: EventTable<ListObjectionsEvent, ListState> = {
  ObjectionRaised: { version: 1, evolve: (state, { data }) => raised(state, data) },
  ObjectionWithdrawn: { version: 1, evolve: (state, { data }) => withdrawn(state, data) },
};

function raised(state: ListState, { entryId, batch, state: objecting, onBehalfOf, reason }: ObjectionRaised['data']): ListState {
  const objection: StandingObjection = { state: objecting, batch, onBehalfOf, ...(reason !== undefined ? { reason } : {}) };
  const byState = state.objections.get(entryId) ?? IMap<string, StandingObjection>();
  return { ...state, objections: state.objections.set(entryId, byState.set(objecting, objection)) };
}

function withdrawn(state: ListState, { entryId, state: objecting }: ObjectionWithdrawn['data']): ListState {
  const byState = state.objections.get(entryId);
  if (!byState) return state;
  const remaining = byState.delete(objecting);
  const objections = remaining.size ? state.objections.set(entryId, remaining) : state.objections.delete(entryId);
  return { ...state, objections };
}

const event = eventBuilder<ListObjectionsEvent>(versionsOf(listObjectionsEvents));

export const listObjectionsDecisions: DecisionTable<ListObjectionsCommand, ListObjectionsEvent, ListState> = {
  RaiseObjection: raiseObjection,
  WithdrawObjection: withdrawObjection,
};

function raiseObjection(command: RaiseObjection, state: ListState): ListObjectionsEvent[] {
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

function withdrawObjection(command: WithdrawObjection, state: ListState): ListObjectionsEvent[] {
  const objecting = objectingMemberState(command.actor, 'withdraw an objection');
  openList(state, command);
  const entry = existingEntry(state, command.entryId);
  const batch = periodStillOpen(state, entry, command.now, 'withdrawn');
  if (!batch || !state.objections.get(entry.id)?.has(objecting)) {
    fail('NOT_FOUND', `There is no standing objection by ${objecting} to ${describeEntry(entry)} to withdraw.`);
  }
  return [event('ObjectionWithdrawn', { entryId: entry.id, batch: batch.number, state: objecting })];
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
