import { DecisionTable } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { isMemberState } from '../../kernel/reference/reference-data';
import { requireRole } from '../../kernel/require-role';
import { basisRequestKey } from './basis-requests.state';
import { MakeObjectionBasisKnown, RequestObjectionBasis } from './list.commands';
import { listEvent, ListEvent } from './list.events';
import { EntryState, ListState } from './list.state';

/**
 * The standard footnote of the modalities resolutions: "the general basis of any objections, if requested
 * by one or more Member States, will be made known to the Office of the President of the General Assembly
 * and the requester". A request may come after transmittal: it asks for information and changes no entry.
 */

function requestObjectionBasis(command: RequestObjectionBasis, state: ListState): ListEvent[] {
  requireRole(command.actor, 'member-state', 'request the general basis of objections; only a Member State may');
  const requester = command.actor.state;
  if (!requester || !isMemberState(requester)) {
    fail('FORBIDDEN', `Only a Member State may request the general basis of objections; "${requester ?? '(none)'}" is not one.`);
  }
  const entry = objectedEntry(state, command);
  if (state.basisRequests?.has(basisRequestKey(entry.id, requester))) {
    fail(
      'ALREADY_EXISTS',
      `${requester} already requested the general basis of the objections to ${describe(entry)}; wait for the answer.`,
    );
  }
  return [listEvent('ObjectionBasisRequested', { entryId: entry.id, state: requester })];
}

function makeObjectionBasisKnown(command: MakeObjectionBasisKnown, state: ListState): ListEvent[] {
  requireRole(command.actor, 'pga', 'make the general basis of objections known');
  const entry = existingEntry(state, command);
  const request = state.basisRequests?.get(basisRequestKey(entry.id, command.state));
  if (!request) {
    fail(
      'NOT_FOUND',
      `${command.state} has not requested the general basis of the objections to ${describe(entry)}; only a requester is answered.`,
    );
  }
  if (request.madeKnown) {
    fail('ALREADY_EXISTS', `The general basis of the objections to ${describe(entry)} was already made known to ${command.state}.`);
  }
  const standing = [...(state.objections.get(entry.id)?.values() ?? [])].sort((a, b) => a.state.localeCompare(b.state));
  const bases = standing.map(({ state: objecting, reason }) =>
    reason !== undefined ? { state: objecting, reason } : { state: objecting },
  );
  return [listEvent('ObjectionBasisMadeKnown', { entryId: entry.id, state: command.state, bases })];
}

/** Only an entry objected at the closure of its batch has objections whose basis can be asked for. */
function objectedEntry(state: ListState, command: RequestObjectionBasis): EntryState {
  const entry = existingEntry(state, command);
  if (entry.status !== 'objected') {
    fail(
      'INVALID_STATE',
      `${describe(entry, true)} is ${entry.status}: the general basis of objections can be requested only for an entry ` +
        'objected when its batch closed.',
    );
  }
  return entry;
}

function existingEntry(state: ListState, command: { meetingId: string; listId: string; entryId: string }): EntryState {
  if (!state.exists) fail('NOT_FOUND', `Meeting "${command.meetingId}" has no list "${command.listId}".`);
  return state.entries.get(command.entryId) ?? fail('NOT_FOUND', `There is no entry ${command.entryId} on list "${command.listId}".`);
}

function describe(entry: EntryState, start = false): string {
  return `${start ? 'Entry' : 'entry'} ${entry.id} ("${entry.organization.name}")`;
}

/** The decisions on the general basis of objections, which the list decider's table takes in. */
export const objectionBasisDecisions: DecisionTable<RequestObjectionBasis | MakeObjectionBasisKnown, ListEvent, ListState> = {
  RequestObjectionBasis: requestObjectionBasis,
  MakeObjectionBasisKnown: makeObjectionBasisKnown,
};
