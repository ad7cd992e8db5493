import { RegionalGroup } from '../../kernel/reference/reference-data';
import { GeneralAssemblyDecision, ListKind, Organization } from '../domain/list.events';
import type { EntryBasisRequest } from './basis-requests.projection';

/** Entry statuses of the contract. `not-approved` is never stored: it is how `objected` reads under disclosure "none". */
export type EntryStatus = 'proposed' | 'under-consideration' | 'approved' | 'objected' | 'not-approved' | 'rejected' | 'withdrawn';

export interface ObjectionView {
  state: string;
  onBehalfOf: string[];
  reason?: string;
  raisedAt: string;
}

export interface GeneralAssemblyDecisionView {
  decision: GeneralAssemblyDecision;
  reference: string;
  recordedAt: string;
}

export interface BatchView {
  number: number;
  deadline: string;
  status: 'open' | 'closed' | 'cancelled';
  closedAt?: string;
  cancelledAt?: string;
  cancellationReason?: string;
}

/** An objection as a State named in its `onBehalfOf` sees it: who objected on its behalf, and when. */
export interface OnMyBehalfView {
  state: string;
  raisedAt: string;
}

/** One entry of the list view, as one viewer may see it. */
export interface EntryView {
  id: string;
  organization: Organization;
  status: EntryStatus;
  batch?: number;
  objections?: ObjectionView[];
  /** A Member State: the standing objections made on its behalf. */
  objectionsOnMyBehalf?: OnMyBehalfView[];
  objectingStates?: string[];
  objectionCount?: number;
  generalAssemblyDecision?: GeneralAssemblyDecisionView;
  /** pga and auditor: each Member State's request for the general basis of the objections. */
  basisRequests?: EntryBasisRequest[];
}

export interface RepresentationView {
  /** Approved or under-consideration entries per regional group (only groups with at least one, and "Other"). */
  byRegionalGroup: Record<string, number>;
  /** The five regional groups with no such entry. */
  missingGroups: RegionalGroup[];
}

/** `GET /v1/meetings/:meetingId/lists/:listId`. */
export interface ListView {
  id: string;
  kind: ListKind;
  title: string;
  status: 'open' | 'transmitted';
  transmittedAt?: string;
  batches: BatchView[];
  entries: EntryView[];
  representation: RepresentationView;
}

/** One list of `GET /v1/meetings/:meetingId/lists`: the list view without its entries and representation. */
export type ListSummaryView = Omit<ListView, 'entries' | 'representation'>;

export interface ListsView {
  lists: ListSummaryView[];
}

export interface AccreditedOrganizationView {
  entryId: string;
  listId: string;
  name: string;
  country: string;
  category: Organization['category'];
}

/** `GET /v1/meetings/:meetingId/accreditations`. */
export interface AccreditationsView {
  organizations: AccreditedOrganizationView[];
}

export interface PendingEntryView {
  id: string;
  organization: Organization;
  myObjection?: { reason?: string; onBehalfOf: string[]; raisedAt: string };
  objectionsOnMyBehalf?: OnMyBehalfView[];
}

export interface PendingBatchView {
  meetingId: string;
  meetingTitle: string;
  meetingTimezone: string;
  listId: string;
  listTitle: string;
  batch: number;
  deadline: string;
  entries: PendingEntryView[];
}

/** `GET /v1/member-states/me/pending`. */
export interface PendingView {
  batches: PendingBatchView[];
}
