import { CommandEnvelope, DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { requireRole } from '../../kernel/require-role';
import { fail } from '../../kernel/domain-error';
import {
  describeEntry,
  existingBatch,
  existingEntry,
  ListCommandBase,
  objectingMemberState,
  openList,
  periodStillOpen,
} from './list.guards';
import { BatchState, ListState, withBatch } from './list.state';
import { requireSafeText } from '../../kernel/safe-text';

export const MAX_CANCELLATION_REASON = 2000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** By the PGA, while the batch is open and its deadline ahead: its entries go back to `proposed`. */
export interface CancelBatch extends ListCommandBase {
  kind: 'CancelBatch';
  batch: number;
  reason: string;
}

/** By a Member State named in `onBehalfOf` of standing objections to the entry: it is taken out of them. */
export interface DisownObjection extends ListCommandBase {
  kind: 'DisownObjection';
  entryId: string;
}

export type ListCorrectionsCommand = CancelBatch | DisownObjection;

/** The batch was withdrawn from Member States before its deadline; `entryIds` went back to `proposed`, their objections lapsed. */
export type BatchCancelled = DomainEvent<'BatchCancelled', { batch: number; reason: string; entryIds: string[] }>;
/** `disownedBy` is no longer among the States on whose behalf `state` objects; the objection stands. */
export type ObjectionDisowned = DomainEvent<'ObjectionDisowned', { entryId: string; batch: number; state: string; disownedBy: string }>;

export type ListCorrectionsEvent = BatchCancelled | ObjectionDisowned;

export const listCorrectionsEvents: EventTable<ListCorrectionsEvent, ListState> = {
  BatchCancelled: { version: 1, evolve: (state, { data }) => cancelled(state, data.batch, data.entryIds) },
  ObjectionDisowned: { version: 1, evolve: (state, { data }) => disowned(state, data) },
};

/** The entries go back to `proposed`, outside any batch, and their objections lapse. */
function cancelled(state: ListState, batch: number, entryIds: readonly string[]): ListState {
  const entries = state.entries.withMutations((mutable) => {
    for (const entryId of entryIds) {
      const entry = mutable.get(entryId);
      if (!entry) continue;
      const { batch: _cancelled, ...outsideAnyBatch } = entry;
      mutable.set(entryId, { ...outsideAnyBatch, status: 'proposed' });
    }
  });
  const objections = state.objections.withMutations((mutable) => {
    for (const entryId of entryIds) mutable.delete(entryId);
  });
  return { ...withBatch(state, batch, (b) => ({ ...b, status: 'cancelled' })), entries, objections };
}

function disowned(state: ListState, { entryId, state: objecting, disownedBy }: ObjectionDisowned['data']): ListState {
  const byState = state.objections.get(entryId);
  const objection = byState?.get(objecting);
  if (!byState || !objection) return state;
  const onBehalfOf = objection.onBehalfOf.filter((code) => code !== disownedBy);
  return { ...state, objections: state.objections.set(entryId, byState.set(objecting, { ...objection, onBehalfOf })) };
}

const event = eventBuilder<ListCorrectionsEvent>(versionsOf(listCorrectionsEvents));

/**
 * Withdraws an open batch from Member States before its deadline (a deadline mistyped years ahead, the
 * wrong entries): its entries go back to `proposed` and may be submitted again; their objections lapse.
 * Once the deadline has passed the Member States' silence has decided, so the batch can only close.
 */
function cancelBatch(command: CancelBatch, state: ListState): ListCorrectionsEvent[] {
  requireRole(command.actor, 'pga', 'cancel a batch');
  openList(state, command);
  const reason = validCancellationReason(command.reason);
  requireSafeText({ reason });
  const batch = existingBatch(state, command.batch);
  if (batch.status !== 'open') {
    fail('INVALID_STATE', `Batch ${batch.number} of list "${state.listId}" is ${batch.status}; only an open batch can be cancelled.`);
  }
  if (command.now.getTime() >= Date.parse(batch.deadline)) {
    fail(
      'INVALID_STATE',
      `The deadline ${batch.deadline} of batch ${batch.number} has passed; the batch is due to close and can no longer be cancelled.`,
    );
  }
  const entryIds = batch.entryIds.filter((entryId) => {
    const entry = state.entries.get(entryId);
    return entry?.status === 'under-consideration' && entry.batch === batch.number;
  });
  return [event('BatchCancelled', { batch: batch.number, reason, entryIds: [...entryIds] })];
}

function validCancellationReason(reason: string | undefined): string {
  const length = reason?.trim().length ?? 0;
  if (!reason || length === 0 || reason.length > MAX_CANCELLATION_REASON) {
    const problem = length === 0 ? 'is blank' : `longer than ${MAX_CANCELLATION_REASON} characters`;
    fail('VALIDATION_FAILED', `Give the reason for the cancellation in 1 to ${MAX_CANCELLATION_REASON} characters; it ${problem}.`, [
      { field: 'reason', problems: [problem] },
    ]);
  }
  return reason;
}

/** The engine's closure job of a cancelled batch has nothing to do; the PGA is told why. */
export function closeCancelledBatch(command: Pick<CommandEnvelope, 'actor'>, batch: BatchState, listId: string | undefined): never[] {
  if (command.actor.role === 'system') return [];
  return fail('INVALID_STATE', `Batch ${batch.number} of list "${listId}" was cancelled; there is nothing to close.`);
}

/**
 * A State named in `onBehalfOf` takes itself out of every standing objection to the entry that names it,
 * until the deadline; each objection stands for its own State and the others it names.
 */
function disownObjection(command: DisownObjection, state: ListState): ListCorrectionsEvent[] {
  const disowning = objectingMemberState(command.actor, 'disown an objection made on its behalf');
  openList(state, command);
  const entry = existingEntry(state, command.entryId);
  const batch = periodStillOpen(state, entry, command.now, 'disowned');
  const naming = [...(state.objections.get(entry.id)?.values() ?? [])]
    .filter((objection) => objection.onBehalfOf.includes(disowning))
    .map((objection) => objection.state)
    .sort();
  if (!batch || !naming.length) {
    fail('NOT_FOUND', `No standing objection to ${describeEntry(entry)} is made on behalf of ${disowning}; there is nothing to disown.`);
  }
  return naming.map((objecting) =>
    event('ObjectionDisowned', { entryId: entry.id, batch: batch.number, state: objecting, disownedBy: disowning }),
  );
}

/** A deadline at most `maxDeadlineDays` ahead of `now`; commands decided before the cap carry none. */
export function deadlineWithinCap(deadline: Date, { now, maxDeadlineDays }: { now: Date; maxDeadlineDays?: number }): void {
  if (maxDeadlineDays === undefined) return;
  const latest = new Date(now.getTime() + maxDeadlineDays * DAY_MS).toISOString();
  if (deadline.getTime() <= Date.parse(latest)) return;
  fail(
    'VALIDATION_FAILED',
    `The deadline ${deadline.toISOString()} is more than ${maxDeadlineDays} days ahead (the limit set by MAX_DEADLINE_DAYS); ` +
      `give a deadline on or before ${latest}.`,
    [{ field: 'deadline', problems: [`more than ${maxDeadlineDays} days ahead (MAX_DEADLINE_DAYS)`] }],
  );
}

/** The corrections' decisions, which the list decider's table takes in. */
export const listCorrectionsDecisions: DecisionTable<ListCorrectionsCommand, ListCorrectionsEvent, ListState> = {
  CancelBatch: cancelBatch,
  DisownObjection: disownObjection,
};
