import { Actor } from '../../event-store/event-store.port';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { ApiError } from '../../platform/http/api-error';
import { OTHER_GROUP, REGIONAL_GROUPS, regionalGroupOf } from '../../kernel/reference/reference-data';
import { entryViewFor, objectionsOnBehalfOf, seesEntry } from './list-visibility';
import { withoutPersonalData } from '../domain/list.state';
import {
  AccreditationsView,
  AccreditedOrganizationView,
  ListSummaryView,
  ListsView,
  ListView,
  PendingBatchView,
  PendingEntryView,
  PendingView,
  RepresentationView,
} from './list.view';
import {
  entriesPrefix,
  EntryDocument,
  entryKey,
  ListDocument,
  listKey,
  LISTS_PROJECTION,
  listsPrefix,
  OPEN_BATCHES_PREFIX,
  OpenBatchDocument,
} from './lists.projection';
import { MeetingView } from './meeting.view';
import { meetingKey, MEETINGS_PROJECTION } from './meetings.projection';

/** Entries that count towards a list's representation of the regional groups. */
const REPRESENTED: ReadonlySet<string> = new Set(['approved', 'under-consideration']);

/** Reads the lists' documents of a projection store: the live one, or one rebuilt as of an instant. */
export class ListReader {
  constructor(private readonly documents: ProjectionStore) {}

  /** The list view as `viewer` may see it; entries in order of proposal. */
  list(meetingId: string, listId: string, viewer: Actor): ListView {
    this.requireMeeting(meetingId);
    const list = this.documents.get<ListDocument>(LISTS_PROJECTION, listKey(meetingId, listId));
    if (!list) throw new ApiError('NOT_FOUND', `Meeting "${meetingId}" has no list "${listId}".`);
    const entries = this.entriesOf(meetingId, listId);
    return {
      id: list.id,
      kind: list.kind,
      title: list.title,
      status: list.status,
      ...(list.transmittedAt ? { transmittedAt: list.transmittedAt } : {}),
      batches: list.batches.map((b) => ({ ...b })),
      entries: entries.filter((entry) => seesEntry(viewer, entry)).map((entry) => entryViewFor(viewer, entry, list)),
      representation: representationOf(entries),
    };
  }

  /** Every list of the meeting without its entries, in order of identifier. */
  lists(meetingId: string): ListsView {
    this.requireMeeting(meetingId);
    const lists = this.documents.list<ListDocument>(LISTS_PROJECTION, listsPrefix(meetingId));
    return { lists: lists.sort((a, b) => a.id.localeCompare(b.id)).map(listSummary) };
  }

  /** Every approved organization of every list of the meeting, list by list, in order of proposal. */
  accreditations(meetingId: string): AccreditationsView {
    this.requireMeeting(meetingId);
    const lists = this.documents.list<ListDocument>(LISTS_PROJECTION, listsPrefix(meetingId));
    const organizations = lists.flatMap((list) =>
      this.entriesOf(meetingId, list.id)
        .filter((entry) => entry.status === 'approved')
        .map(accreditedOrganization),
    );
    return { organizations };
  }

  /** Every open batch, soonest deadline first, with the entries still under consideration and `state`'s objections. */
  pendingFor(state: string): PendingView {
    const open = this.documents.list<OpenBatchDocument>(LISTS_PROJECTION, OPEN_BATCHES_PREFIX);
    return { batches: open.sort(byDeadline).map((batch) => this.pendingBatch(batch, state)) };
  }

  private pendingBatch(batch: OpenBatchDocument, state: string): PendingBatchView {
    const { meetingId, listId, deadline } = batch;
    const meeting = this.documents.get<MeetingView>(MEETINGS_PROJECTION, meetingKey(meetingId));
    const list = this.documents.get<ListDocument>(LISTS_PROJECTION, listKey(meetingId, listId));
    const entries = batch.entryIds
      .map((id) => this.documents.get<EntryDocument>(LISTS_PROJECTION, entryKey(meetingId, listId, id)))
      .filter((entry): entry is EntryDocument => entry?.status === 'under-consideration' && entry.batch === batch.batch)
      .map((entry) => pendingEntry(entry, state));
    return {
      meetingId,
      meetingTitle: meeting?.title ?? meetingId,
      meetingTimezone: meeting?.timezone ?? 'UTC',
      listId,
      listTitle: list?.title ?? listId,
      batch: batch.batch,
      deadline,
      entries,
    };
  }

  private entriesOf(meetingId: string, listId: string): EntryDocument[] {
    const entries = this.documents.list<EntryDocument>(LISTS_PROJECTION, entriesPrefix(meetingId, listId));
    return entries.sort((a, b) => a.seq - b.seq);
  }

  private requireMeeting(meetingId: string): void {
    if (!this.documents.get(MEETINGS_PROJECTION, meetingKey(meetingId))) {
      throw new ApiError('NOT_FOUND', `There is no meeting "${meetingId}".`);
    }
  }
}

/** Counts by real status, whoever looks: every group with at least one, "Other" if any, and the groups missing. */
export function representationOf(entries: EntryDocument[]): RepresentationView {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (!REPRESENTED.has(entry.status)) continue;
    const group = regionalGroupOf(entry.organization.country);
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const byRegionalGroup: Record<string, number> = {};
  for (const group of [...REGIONAL_GROUPS, OTHER_GROUP]) {
    const count = counts.get(group);
    if (count) byRegionalGroup[group] = count;
  }
  return { byRegionalGroup, missingGroups: REGIONAL_GROUPS.filter((group) => !counts.has(group)) };
}

function listSummary(list: ListDocument): ListSummaryView {
  const { id, kind, title, status, transmittedAt, batches } = list;
  return { id, kind, title, status, ...(transmittedAt ? { transmittedAt } : {}), batches: batches.map((b) => ({ ...b })) };
}

function accreditedOrganization(entry: EntryDocument): AccreditedOrganizationView {
  const { name, country, category } = entry.organization;
  return { entryId: entry.id, listId: entry.listId, name, country, category };
}

function pendingEntry(entry: EntryDocument, state: string): PendingEntryView {
  const view: PendingEntryView = { id: entry.id, organization: withoutPersonalData(entry.organization) };
  const mine = entry.objections.find((o) => o.state === state);
  if (mine) {
    view.myObjection = {
      ...(mine.reason !== undefined ? { reason: mine.reason } : {}),
      onBehalfOf: [...mine.onBehalfOf],
      raisedAt: mine.raisedAt,
    };
  }
  const onMyBehalf = objectionsOnBehalfOf(entry, state);
  if (onMyBehalf.length) view.objectionsOnMyBehalf = onMyBehalf;
  return view;
}

function byDeadline(a: OpenBatchDocument, b: OpenBatchDocument): number {
  return (
    Date.parse(a.deadline) - Date.parse(b.deadline) ||
    a.meetingId.localeCompare(b.meetingId) ||
    a.listId.localeCompare(b.listId) ||
    a.batch - b.batch
  );
}
