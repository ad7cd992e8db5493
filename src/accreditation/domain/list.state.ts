import { Map as IMap, OrderedMap } from 'immutable';
import { GeneralAssemblyDecision, ListEvent, ListKind, Organization } from './list.events';
import { MeetingPolicy } from './meeting.events';
import { nameComparisonKey } from '../../kernel/text';
import { BasisRequest, evolveBasisRequests } from './basis-requests.state';

/**
 * The folded state of one stakeholder list. Collections are persistent (immutable v5): every `evolve`
 * step shares structure with the state before it, so a cached state can be evolved with new events
 * only, in O(log n) per event, without copying 5,000 entries or 15,000 objections.
 */

export type EntryStatus = 'proposed' | 'under-consideration' | 'approved' | 'objected' | 'rejected' | 'withdrawn';

export interface EntryState {
  id: string;
  organization: Organization;
  /** Normalized name and country: the identity of an organization on one list. */
  organizationKey: string;
  status: EntryStatus;
  /** The batch the entry went to Member States in (non-objection lists only). */
  batch?: number;
  generalAssemblyDecision?: { decision: GeneralAssemblyDecision; reference: string };
}

export interface BatchState {
  number: number;
  /** ISO 8601 instant (UTC). */
  deadline: string;
  status: 'open' | 'closed' | 'cancelled';
  closedAt?: string;
  /** The entries submitted in this batch, as the BatchSubmitted event named them. */
  entryIds: readonly string[];
  /** Reminders issued, as `<deadline>|<before>`. */
  reminders?: readonly string[];
}

export const reminderKey = (deadline: string, before: string) => `${deadline}|${before}`;

export interface StandingObjection {
  state: string;
  batch: number;
  onBehalfOf: readonly string[];
  reason?: string;
}

export interface ListState {
  exists: boolean;
  meetingId?: string;
  listId?: string;
  kind?: ListKind;
  title?: string;
  policy?: MeetingPolicy;
  status: 'open' | 'transmitted';
  transmittedAt?: string;
  /** Entries by id, in the order they were proposed. */
  entries: OrderedMap<string, EntryState>;
  /** organizationKey → entryId of every entry that is not withdrawn. */
  organizationKeys: IMap<string, string>;
  batches: IMap<number, BatchState>;
  /** entryId → objecting State → its standing objection. Withdrawn objections are removed. */
  objections: IMap<string, IMap<string, StandingObjection>>;
  /** basisRequestKey(entryId, state) → whether the basis was made known; absent until the first request. */
  basisRequests?: IMap<string, BasisRequest>;
}

export function initialListState(): ListState {
  return {
    exists: false,
    status: 'open',
    entries: OrderedMap(),
    organizationKeys: IMap(),
    batches: IMap(),
    objections: IMap(),
  };
}

/** Country plus name compared NFKC-normalized, case-folded, white space folded, invisible characters ignored. */
export function organizationKey(organization: Pick<Organization, 'name' | 'country'>): string {
  return `${organization.country.trim().toUpperCase()}|${nameComparisonKey(organization.name)}`;
}

/** The States with a standing objection to the entry, sorted. */
export function objectingStates(state: ListState, entryId: string): string[] {
  const byState = state.objections.get(entryId);
  return byState ? [...byState.keys()].sort() : [];
}

function withEntry(state: ListState, entryId: string, change: (entry: EntryState) => EntryState): ListState {
  const entry = state.entries.get(entryId);
  return entry ? { ...state, entries: state.entries.set(entryId, change(entry)) } : state;
}

function withBatch(state: ListState, batch: number, change: (batch: BatchState) => BatchState): ListState {
  const current = state.batches.get(batch);
  return current ? { ...state, batches: state.batches.set(batch, change(current)) } : state;
}

export function evolveList(state: ListState, event: ListEvent): ListState {
  switch (event.type) {
    case 'ListCreated': {
      const { meetingId, listId, kind, title, policy } = event.data;
      return { ...state, exists: true, meetingId, listId, kind, title, policy };
    }
    case 'EntryProposed': {
      const { entryId, organization } = event.data;
      const key = organizationKey(organization);
      return {
        ...state,
        entries: state.entries.set(entryId, { id: entryId, organization, organizationKey: key, status: 'proposed' }),
        organizationKeys: state.organizationKeys.set(key, entryId),
      };
    }
    case 'EntryApproved':
      return withEntry(state, event.data.entryId, (entry) => ({ ...entry, status: 'approved' }));
    case 'EntryWithdrawn': {
      const entry = state.entries.get(event.data.entryId);
      if (!entry) return state;
      const keys = state.organizationKeys;
      return {
        ...withEntry(state, entry.id, (current) => ({ ...current, status: 'withdrawn' })),
        organizationKeys: keys.get(entry.organizationKey) === entry.id ? keys.delete(entry.organizationKey) : keys,
      };
    }
    case 'BatchSubmitted': {
      const { batch, deadline, entryIds } = event.data;
      const entries = state.entries.withMutations((mutable) => {
        for (const entryId of entryIds) {
          const entry = mutable.get(entryId);
          if (entry) mutable.set(entryId, { ...entry, status: 'under-consideration', batch });
        }
      });
      const submitted: BatchState = { number: batch, deadline, status: 'open', entryIds };
      return { ...state, entries, batches: state.batches.set(batch, submitted) };
    }
    case 'BatchDeadlineExtended':
      return withBatch(state, event.data.batch, (batch) => ({ ...batch, deadline: event.data.deadline }));
    case 'ObjectionRaised': {
      const { entryId, batch, state: objecting, onBehalfOf, reason } = event.data;
      const objection: StandingObjection = { state: objecting, batch, onBehalfOf, ...(reason !== undefined ? { reason } : {}) };
      const byState = state.objections.get(entryId) ?? IMap<string, StandingObjection>();
      return { ...state, objections: state.objections.set(entryId, byState.set(objecting, objection)) };
    }
    case 'ObjectionWithdrawn': {
      const { entryId, state: objecting } = event.data;
      const byState = state.objections.get(entryId);
      if (!byState) return state;
      const remaining = byState.delete(objecting);
      const objections = remaining.size ? state.objections.set(entryId, remaining) : state.objections.delete(entryId);
      return { ...state, objections };
    }
    case 'EntryObjected':
      return withEntry(state, event.data.entryId, (entry) => ({ ...entry, status: 'objected' }));
    case 'BatchClosed':
      return withBatch(state, event.data.batch, (batch) => ({ ...batch, status: 'closed', closedAt: event.data.closedAt }));
    case 'GeneralAssemblyDecisionRecorded': {
      const { entryId, decision, reference } = event.data;
      return withEntry(state, entryId, (entry) => ({
        ...entry,
        status: decision === 'approve' ? 'approved' : 'rejected',
        generalAssemblyDecision: { decision, reference },
      }));
    }
    case 'DeadlineReminderIssued': {
      const key = reminderKey(event.data.deadline, event.data.before);
      return withBatch(state, event.data.batch, (batch) => ({ ...batch, reminders: [...(batch.reminders ?? []), key] }));
    }
    case 'ListTransmitted':
      return { ...state, status: 'transmitted', transmittedAt: event.data.transmittedAt };
    case 'BatchCancelled':
      return cancelBatch(state, event.data.batch, event.data.entryIds);
    case 'ObjectionDisowned':
      return disownObjection(state, event.data);
    case 'ObjectionBasisRequested':
    case 'ObjectionBasisMadeKnown':
      return { ...state, basisRequests: evolveBasisRequests(state.basisRequests, event) };
    default:
      return state;
  }
}

/** The entries go back to `proposed`, outside any batch, and their objections lapse. */
function cancelBatch(state: ListState, batch: number, entryIds: readonly string[]): ListState {
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

function disownObjection(
  state: ListState,
  { entryId, state: objecting, disownedBy }: { entryId: string; state: string; disownedBy: string },
): ListState {
  const byState = state.objections.get(entryId);
  const objection = byState?.get(objecting);
  if (!byState || !objection) return state;
  const onBehalfOf = objection.onBehalfOf.filter((code) => code !== disownedBy);
  return { ...state, objections: state.objections.set(entryId, byState.set(objecting, { ...objection, onBehalfOf })) };
}
