import { Map as IMap, OrderedMap } from 'immutable';
import { MeetingPolicy } from './meeting.events';
import { nameComparisonKey } from '../../kernel/text';
import { BasisRequest } from './basis-requests.state';

/**
 * The folded state of one stakeholder list. Collections are persistent (immutable v5): every `evolve`
 * step shares structure with the state before it, so a cached state can be evolved with new events
 * only, in O(log n) per event, without copying 5,000 entries or 15,000 objections. Every topic of the
 * stream (entries, batches, objections, General Assembly, corrections, objection basis) reads it; each
 * topic's file holds its commands, events, decisions and evolve cases.
 */

export const LIST_KINDS = ['ecosoc', 'non-objection'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export const ORGANIZATION_CATEGORIES = ['ngo', 'civil-society', 'private-sector', 'media', 'academia'] as const;
export type OrganizationCategory = (typeof ORGANIZATION_CATEGORIES)[number];

export const ECOSOC_STATUSES = ['general', 'special', 'roster'] as const;
export type EcosocStatus = (typeof ECOSOC_STATUSES)[number];

export interface Organization {
  name: string;
  /** ISO 3166-1 alpha-3 code of the country the organization is based in. */
  country: string;
  category: OrganizationCategory;
  ecosocStatus?: EcosocStatus;
  website?: string;
  /**
   * Personal data (contract 1.2): stored as an envelope (`pd1:…`, docs/personal-data.md) sealed before the
   * decider sees the command; in events written before version 1.2, in the clear.
   */
  contactEmail?: string;
}

/** The organization without its personal data, as every reader but pga and auditor gets it (and webhooks). */
export function withoutPersonalData(organization: Organization): Organization {
  const { contactEmail, ...rest } = organization;
  return rest;
}

export type GeneralAssemblyDecision = 'approve' | 'reject';

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

export function withEntry(state: ListState, entryId: string, change: (entry: EntryState) => EntryState): ListState {
  const entry = state.entries.get(entryId);
  return entry ? { ...state, entries: state.entries.set(entryId, change(entry)) } : state;
}

export function withBatch(state: ListState, batch: number, change: (batch: BatchState) => BatchState): ListState {
  const current = state.batches.get(batch);
  return current ? { ...state, batches: state.batches.set(batch, change(current)) } : state;
}
