import { StoredEvent } from '../../event-store/event-store.port';
import { DocumentWriter, Projection } from '../../kernel/projection';
import { LIST_EVENT_TYPES, ListEvent, ListKind, Organization } from '../domain/list.events';
import { MeetingPolicy } from '../domain/meeting.events';
import { basisMadeKnown, basisRequested, EntryBasisRequest } from './basis-requests.projection';
import { BatchView, EntryStatus, GeneralAssemblyDecisionView, ObjectionView } from './list.view';

export const LISTS_PROJECTION = 'lists';

export const listKey = (meetingId: string, listId: string) => `list/${meetingId}/${listId}`;
export const listsPrefix = (meetingId: string) => `list/${meetingId}/`;
export const entryKey = (meetingId: string, listId: string, entryId: string) => `entry/${meetingId}/${listId}/${entryId}`;
export const entriesPrefix = (meetingId: string, listId: string) => `entry/${meetingId}/${listId}/`;
export const openBatchKey = (meetingId: string, listId: string, batch: number) => `open-batch/${meetingId}/${listId}/${batch}`;
export const OPEN_BATCHES_PREFIX = 'open-batch/';

/** One list of a meeting, without its entries. */
export interface ListDocument {
  meetingId: string;
  id: string;
  kind: ListKind;
  title: string;
  status: 'open' | 'transmitted';
  policy: MeetingPolicy;
  batches: BatchView[];
  transmittedAt?: string;
  /** Entries proposed so far: the next entry's `seq`. */
  entryCount: number;
}

/** One entry with its real status and every standing objection. */
export interface EntryDocument {
  id: string;
  listId: string;
  meetingId: string;
  /** Order of proposal within the list, from 1. */
  seq: number;
  organization: Organization;
  status: Exclude<EntryStatus, 'not-approved'>;
  batch?: number;
  objections: ObjectionView[];
  /** Set when the entry's batch closed with objections standing against it. */
  objectingStates?: string[];
  generalAssemblyDecision?: GeneralAssemblyDecisionView;
  proposedAt: string;
  /** Requests for the general basis of the objections (shown to pga and auditor). */
  basisRequests?: EntryBasisRequest[];
}

/** Present while a batch is open; `entryIds` may name entries withdrawn since. */
export interface OpenBatchDocument {
  meetingId: string;
  listId: string;
  batch: number;
  deadline: string;
  entryIds: string[];
  /** The event that set the current deadline (submission or extension): the cause of the engine's work on it. */
  deadlineSetBy?: EventCause;
}

/** An event as the cause of later engine work: its id (their causationId) and its correlationId. */
export interface EventCause {
  eventId: string;
  correlationId: string;
}

const LIST_STREAM = /^list-([^.]+)\.(.+)$/;
const HANDLED = new Set<string>(LIST_EVENT_TYPES);

/** The meeting and list of a list stream (`list-<meetingId>.<listId>`; slugs hold no dot). */
export function listOfStream(streamId: string): { meetingId: string; listId: string } | undefined {
  const match = LIST_STREAM.exec(streamId);
  return match ? { meetingId: match[1], listId: match[2] } : undefined;
}

interface Context {
  meetingId: string;
  listId: string;
  at: string;
  documents: DocumentWriter;
  cause: EventCause;
}

/**
 * Lists, entries and open batches of every meeting. Each event touches a bounded number of small
 * documents (a batch submission touches each of its entries), never a whole list's entries.
 */
export class ListsProjection implements Projection {
  readonly name = LISTS_PROJECTION;
  readonly version = 1;

  /** The meeting and list of each list stream seen (a few thousand at most; a replay asks once per event). */
  private readonly streams = new Map<string, ReturnType<typeof listOfStream>>();

  apply(event: StoredEvent, documents: DocumentWriter): void {
    if (!HANDLED.has(event.type)) return;
    const ids = this.listOf(event.streamId);
    if (!ids) return;
    const cause = { eventId: event.eventId, correlationId: event.metadata.correlationId };
    const context: Context = { meetingId: ids.meetingId, listId: ids.listId, at: event.metadata.occurredAt, documents, cause };
    applyListEvent(context, { type: event.type, data: event.data } as ListEvent);
  }

  private listOf(streamId: string): ReturnType<typeof listOfStream> {
    let ids = this.streams.get(streamId);
    if (ids === undefined && !this.streams.has(streamId)) {
      if (this.streams.size >= 10_000) this.streams.clear();
      this.streams.set(streamId, (ids = listOfStream(streamId)));
    }
    return ids;
  }
}

function applyListEvent(context: Context, event: ListEvent): void {
  switch (event.type) {
    case 'ListCreated':
      return createList(context, event.data);
    case 'EntryProposed':
      return proposeEntry(context, event.data);
    case 'EntryApproved':
      return updateEntry(context, event.data.entryId, (entry) => ({ ...entry, status: 'approved' }));
    case 'EntryWithdrawn':
      return updateEntry(context, event.data.entryId, (entry) => ({ ...entry, status: 'withdrawn' }));
    case 'BatchSubmitted':
      return submitBatch(context, event.data);
    case 'BatchDeadlineExtended':
      return extendDeadline(context, event.data.batch, event.data.deadline);
    case 'ObjectionRaised':
      return raiseObjection(context, event.data);
    case 'ObjectionWithdrawn':
      return updateEntry(context, event.data.entryId, (entry) => ({
        ...entry,
        objections: entry.objections.filter((o) => o.state !== event.data.state),
      }));
    case 'EntryObjected':
      return updateEntry(context, event.data.entryId, (entry) => ({
        ...entry,
        status: 'objected',
        objectingStates: [...event.data.states],
      }));
    case 'BatchClosed':
      return closeBatch(context, event.data.batch, event.data.closedAt);
    case 'GeneralAssemblyDecisionRecorded': {
      const { entryId, decision, reference } = event.data;
      return updateEntry(context, entryId, (entry) => ({
        ...entry,
        status: decision === 'approve' ? 'approved' : 'rejected',
        generalAssemblyDecision: { decision, reference, recordedAt: context.at },
      }));
    }
    case 'ListTransmitted':
      return updateList(context, (list) => ({ ...list, status: 'transmitted', transmittedAt: event.data.transmittedAt }));
    case 'BatchCancelled':
      return cancelBatch(context, event.data);
    case 'ObjectionDisowned':
      return disownObjection(context, event.data);
    case 'ObjectionBasisRequested':
      return basisRequested(basisContext(context, event.data.entryId), event);
    case 'ObjectionBasisMadeKnown':
      return basisMadeKnown(basisContext(context, event.data.entryId), event);
    case 'DeadlineReminderIssued':
      return; // the list view shows no reminders: the deadlines' own views do
    default:
      return unhandled(event);
  }
}

/** A new list event fails to compile here until the view decides what it shows of it. */
function unhandled(event: never): void {
  void event;
}

function basisContext(context: Context, entryId: string) {
  return { ...context, entryKey: entryKey(context.meetingId, context.listId, entryId) };
}

function createList({ meetingId, listId, documents }: Context, data: Extract<ListEvent, { type: 'ListCreated' }>['data']): void {
  const list: ListDocument = {
    meetingId,
    id: listId,
    kind: data.kind,
    title: data.title,
    status: 'open',
    policy: data.policy,
    batches: [],
    entryCount: 0,
  };
  documents.put(listKey(meetingId, listId), list);
}

function proposeEntry(context: Context, data: Extract<ListEvent, { type: 'EntryProposed' }>['data']): void {
  const { meetingId, listId, at, documents } = context;
  const list = documents.get<ListDocument>(listKey(meetingId, listId));
  if (!list) return;
  const seq = list.entryCount + 1;
  documents.put(listKey(meetingId, listId), { ...list, entryCount: seq });
  const entry: EntryDocument = {
    id: data.entryId,
    listId,
    meetingId,
    seq,
    organization: data.organization,
    status: 'proposed',
    objections: [],
    proposedAt: at,
  };
  documents.put(entryKey(meetingId, listId, data.entryId), entry);
}

function submitBatch(context: Context, data: Extract<ListEvent, { type: 'BatchSubmitted' }>['data']): void {
  const { meetingId, listId, documents } = context;
  const { batch, deadline, entryIds } = data;
  updateList(context, (list) => ({ ...list, batches: [...list.batches, { number: batch, deadline, status: 'open' }] }));
  for (const entryId of entryIds) {
    updateEntry(context, entryId, (entry) => ({ ...entry, status: 'under-consideration', batch }));
  }
  const open: OpenBatchDocument = { meetingId, listId, batch, deadline, entryIds: [...entryIds], deadlineSetBy: context.cause };
  documents.put(openBatchKey(meetingId, listId, batch), open);
}

function extendDeadline(context: Context, batch: number, deadline: string): void {
  const { meetingId, listId, documents } = context;
  updateBatch(context, batch, (b) => ({ ...b, deadline }));
  const key = openBatchKey(meetingId, listId, batch);
  const open = documents.get<OpenBatchDocument>(key);
  if (open) documents.put(key, { ...open, deadline, deadlineSetBy: context.cause });
}

function closeBatch(context: Context, batch: number, closedAt: string): void {
  updateBatch(context, batch, (b) => ({ ...b, status: 'closed', closedAt }));
  context.documents.delete(openBatchKey(context.meetingId, context.listId, batch));
}

/** The entries go back to `proposed` outside any batch, their objections lapse, the open batch goes. */
function cancelBatch(context: Context, data: Extract<ListEvent, { type: 'BatchCancelled' }>['data']): void {
  const { batch, reason, entryIds } = data;
  updateBatch(context, batch, (b) => ({ ...b, status: 'cancelled', cancelledAt: context.at, cancellationReason: reason }));
  for (const entryId of entryIds) {
    updateEntry(context, entryId, ({ batch: _cancelled, ...entry }) => ({ ...entry, status: 'proposed', objections: [] }));
  }
  context.documents.delete(openBatchKey(context.meetingId, context.listId, batch));
}

function disownObjection(context: Context, data: Extract<ListEvent, { type: 'ObjectionDisowned' }>['data']): void {
  const { state, disownedBy } = data;
  updateEntry(context, data.entryId, (entry) => ({
    ...entry,
    objections: entry.objections.map((o) => (o.state === state ? { ...o, onBehalfOf: o.onBehalfOf.filter((c) => c !== disownedBy) } : o)),
  }));
}

function raiseObjection(context: Context, data: Extract<ListEvent, { type: 'ObjectionRaised' }>['data']): void {
  const { state, onBehalfOf, reason } = data;
  const objection: ObjectionView = {
    state,
    onBehalfOf: [...onBehalfOf],
    ...(reason !== undefined ? { reason } : {}),
    raisedAt: context.at,
  };
  updateEntry(context, data.entryId, (entry) => ({
    ...entry,
    objections: [...entry.objections.filter((o) => o.state !== state), objection],
  }));
}

function updateList(context: Context, change: (list: ListDocument) => ListDocument): void {
  const key = listKey(context.meetingId, context.listId);
  const list = context.documents.get<ListDocument>(key);
  if (list) context.documents.put(key, change(list));
}

function updateBatch(context: Context, batch: number, change: (batch: BatchView) => BatchView): void {
  updateList(context, (list) => ({ ...list, batches: list.batches.map((b) => (b.number === batch ? change(b) : b)) }));
}

function updateEntry(context: Context, entryId: string, change: (entry: EntryDocument) => EntryDocument): void {
  const key = entryKey(context.meetingId, context.listId, entryId);
  const entry = context.documents.get<EntryDocument>(key);
  if (entry) context.documents.put(key, change(entry));
}
