import { Actor } from '../../event-store/event-store.port';
import { withoutPersonalData } from '../domain/list.state';
import { EntryView, ObjectionView, OnMyBehalfView } from './list.view';
import { EntryDocument, ListDocument } from './lists.projection';

/** Roles that see every standing objection with its reason (the engine itself counts as one). */
const SEES_EVERYTHING: ReadonlySet<Actor['role']> = new Set(['pga', 'auditor', 'system']);

/**
 * Whether `viewer` sees the entry at all. An entry the Office has not yet submitted to Member States (proposed, or
 * withdrawn before any batch) is its working draft: pga and auditor only. Once submitted, it stays in every role's
 * view, withdrawn or not: the States have had it in a letter.
 */
export function seesEntry(viewer: Actor, entry: EntryDocument): boolean {
  return SEES_EVERYTHING.has(viewer.role) || entry.batch !== undefined;
}

/** Contract 1.2, "Personal data": e-mail addresses reach these roles only. */
const SEES_PERSONAL_DATA: ReadonlySet<Actor['role']> = new Set(['pga', 'auditor']);

export const seesPersonalData = (viewer: Actor) => SEES_PERSONAL_DATA.has(viewer.role);

/** True once the batch the entry was submitted in has closed. */
export function batchClosedFor(entry: EntryDocument, list: ListDocument): boolean {
  if (entry.batch === undefined) return false;
  return list.batches.some((b) => b.number === entry.batch && b.status === 'closed');
}

/**
 * The contract's "Who sees objections in the list view". Pure: what `viewer` may see of `entry`.
 * - pga, auditor: real status, every standing objection; after closure `objectingStates` and `objectionCount`.
 * - member-state: its own objection only, at any time, and who objected on its behalf and when; after closure,
 *   as the list's `objectionDisclosure` says.
 * - observer: nothing about objections before closure; after closure, as the `objectionDisclosure` says.
 * Another State's `reason` reaches nobody but pga and auditor.
 */
export function entryViewFor(viewer: Actor, entry: EntryDocument, list: ListDocument): EntryView {
  const organization = seesPersonalData(viewer) ? entry.organization : withoutPersonalData(entry.organization);
  const view: EntryView = { id: entry.id, organization, status: entry.status };
  if (entry.batch !== undefined) view.batch = entry.batch;
  if (SEES_EVERYTHING.has(viewer.role)) Object.assign(view, fullObjections(entry));
  else Object.assign(view, disclosedObjections(viewer, entry, list));
  if (entry.generalAssemblyDecision) view.generalAssemblyDecision = { ...entry.generalAssemblyDecision };
  return view;
}

function fullObjections(entry: EntryDocument): Partial<EntryView> {
  const view: Partial<EntryView> = { objections: entry.objections.map(copyObjection) };
  if (entry.objectingStates) {
    view.objectingStates = [...entry.objectingStates];
    view.objectionCount = entry.objectingStates.length;
  }
  if (entry.basisRequests?.length) view.basisRequests = entry.basisRequests.map((request) => ({ ...request }));
  return view;
}

function disclosedObjections(viewer: Actor, entry: EntryDocument, list: ListDocument): Partial<EntryView> {
  const view: Partial<EntryView> = {};
  if (viewer.role === 'member-state') {
    view.objections = entry.objections.filter((o) => o.state === viewer.state).map(copyObjection);
    const onMyBehalf = objectionsOnBehalfOf(entry, viewer.state);
    if (onMyBehalf.length) view.objectionsOnMyBehalf = onMyBehalf;
  }
  if (!batchClosedFor(entry, list) || !entry.objectingStates) return view;
  switch (list.policy.objectionDisclosure) {
    case 'organizations-and-states':
      view.objectingStates = [...entry.objectingStates];
      break;
    case 'organizations':
      view.objectionCount = entry.objectingStates.length;
      break;
    case 'none':
      if (entry.status === 'objected') view.status = 'not-approved';
      break;
  }
  return view;
}

/**
 * The standing objections that name `state` in their `onBehalfOf`: who objected on its behalf, and when. Never
 * the reason (another State's), nor the other States named.
 */
export function objectionsOnBehalfOf(entry: EntryDocument, state: string | undefined): OnMyBehalfView[] {
  if (!state) return [];
  return entry.objections
    .filter((o) => o.onBehalfOf.includes(state))
    .map(({ state: objecting, raisedAt }) => ({ state: objecting, raisedAt }));
}

function copyObjection(objection: ObjectionView): ObjectionView {
  return { ...objection, onBehalfOf: [...objection.onBehalfOf] };
}
