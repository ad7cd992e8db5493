import { ProjectionStore } from '../../event-store/projections/projection-store';
import { Organization } from '../domain/list.events';
import { BasisRequestDocument, basisRequestsPrefix } from './basis-requests.projection';
import { ListDocument, listKey, LISTS_PROJECTION } from './lists.projection';

/** What the requester reads where the objecting State gave no reason. */
export const NO_BASIS_GIVEN = 'No general basis was given for this objection.';

export interface BasisView {
  /** Only where the meeting's disclosure is "organizations-and-states". */
  state?: string;
  reason: string;
}

export interface BasisRequestView {
  meetingId: string;
  listId: string;
  entryId: string;
  organization: Organization;
  requestedAt: string;
  madeKnownAt?: string;
  bases?: BasisView[];
}

/** `GET /v1/member-states/me/basis-requests`. */
export interface BasisRequestsView {
  requests: BasisRequestView[];
}

/** Every request of `state`, oldest first, with the general basis of each objection once the PGA made it known. */
export function basisRequestsOf(documents: ProjectionStore, state: string): BasisRequestsView {
  const requests = documents.list<BasisRequestDocument>(LISTS_PROJECTION, basisRequestsPrefix(state));
  const sorted = requests.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || a.entryId.localeCompare(b.entryId));
  return { requests: sorted.map((request) => requestView(documents, request)) };
}

function requestView(documents: ProjectionStore, request: BasisRequestDocument): BasisRequestView {
  const { meetingId, listId, entryId, organization, requestedAt, bases, madeKnownAt } = request;
  const view: BasisRequestView = { meetingId, listId, entryId, organization, requestedAt };
  if (!bases || !madeKnownAt) return view;
  const list = documents.get<ListDocument>(LISTS_PROJECTION, listKey(meetingId, listId));
  const namesStates = list?.policy.objectionDisclosure === 'organizations-and-states';
  const shown = bases.map(({ state, reason }) => ({ ...(namesStates ? { state } : {}), reason: reason ?? NO_BASIS_GIVEN }));
  return { ...view, madeKnownAt, bases: namesStates ? shown : shown.sort(byReason) };
}

/**
 * Where the States are not named, the bases go in the order of their text: the order they are stored in (by State
 * code) would hint at who objected.
 */
const byReason = (a: BasisView, b: BasisView): number => (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0);
