import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { isMemberState } from '../../kernel/reference/reference-data';
import { requireRole } from '../../kernel/require-role';
import { basisRequestKey, withBasisRequest } from './basis-requests.state';
import { ListCommandBase } from './list.guards';
import { EntryState, ListState } from './list.state';

/**
 * The standard footnote of the modalities resolutions: "the general basis of any objections, if requested
 * by one or more Member States, will be made known to the Office of the President of the General Assembly
 * and the requester". A request may come after transmittal: it asks for information and changes no entry.
 */

/** A Member State asks for the general basis of the objections to an objected entry (the actor's State asks). */
export interface RequestObjectionBasis extends ListCommandBase {
  kind: 'RequestObjectionBasis';
  entryId: string;
}

/** The PGA makes the general basis of the objections known to `state`, which asked for it. */
export interface MakeObjectionBasisKnown extends ListCommandBase {
  kind: 'MakeObjectionBasisKnown';
  entryId: string;
  state: string;
}

export type ObjectionBasisCommand = RequestObjectionBasis | MakeObjectionBasisKnown;

/** A Member State asked for the general basis of the objections to an objected entry. */
export type ObjectionBasisRequested = DomainEvent<'ObjectionBasisRequested', { entryId: string; state: string }>;
/** The general basis of each objection standing at closure (its reason, if one was given), made known to `state`. */
export type ObjectionBasisMadeKnown = DomainEvent<
  'ObjectionBasisMadeKnown',
  { entryId: string; state: string; bases: Array<{ state: string; reason?: string }> }
>;

export type ObjectionBasisEvent = ObjectionBasisRequested | ObjectionBasisMadeKnown;

export const objectionBasisEvents: EventTable<ObjectionBasisEvent, ListState> = {
  ObjectionBasisRequested: {
    version: 1,
    evolve: (state, { data }) => ({ ...state, basisRequests: withBasisRequest(state.basisRequests, data, false) }),
  },
  ObjectionBasisMadeKnown: {
    version: 1,
    evolve: (state, { data }) => ({ ...state, basisRequests: withBasisRequest(state.basisRequests, data, true) }),
  },
};

const event = eventBuilder<ObjectionBasisEvent>(versionsOf(objectionBasisEvents));

function requestObjectionBasis(command: RequestObjectionBasis, state: ListState): ObjectionBasisEvent[] {
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
  return [event('ObjectionBasisRequested', { entryId: entry.id, state: requester })];
}

function makeObjectionBasisKnown(command: MakeObjectionBasisKnown, state: ListState): ObjectionBasisEvent[] {
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
  return [event('ObjectionBasisMadeKnown', { entryId: entry.id, state: command.state, bases })];
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
export const objectionBasisDecisions: DecisionTable<ObjectionBasisCommand, ObjectionBasisEvent, ListState> = {
  RequestObjectionBasis: requestObjectionBasis,
  MakeObjectionBasisKnown: makeObjectionBasisKnown,
};
