import { eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { GeneralAssemblyEvent, generalAssemblyEvents } from './general-assembly';
import { ListBatchesEvent, listBatchesEvents } from './list-batches';
import { ListCorrectionsEvent, listCorrectionsEvents } from './list-corrections';
import { ListEntriesEvent, listEntriesEvents } from './list-entries';
import { ListObjectionsEvent, listObjectionsEvents } from './list-objections';
import { ListState } from './list.state';
import { ObjectionBasisEvent, objectionBasisEvents } from './objection-basis';

/** The events of a list stream, assembled from its topics: a new event joins its topic's file only. */

export type { EcosocStatus, GeneralAssemblyDecision, ListKind, Organization, OrganizationCategory } from './list.state';
export { ECOSOC_STATUSES, LIST_KINDS, ORGANIZATION_CATEGORIES } from './list.state';
export type { EntryApproved, EntryProposed, EntryWithdrawn, ListCreated } from './list-entries';
export type { BatchClosed, BatchDeadlineExtended, BatchSubmitted, DeadlineReminderIssued, EntryObjected } from './list-batches';
export type { ObjectionRaised, ObjectionWithdrawn } from './list-objections';
export type { GeneralAssemblyDecisionRecorded, ListTransmitted } from './general-assembly';
export type { BatchCancelled, ObjectionDisowned } from './list-corrections';
export type { ObjectionBasisMadeKnown, ObjectionBasisRequested } from './objection-basis';

export type ListEvent =
  ListEntriesEvent | ListBatchesEvent | ListObjectionsEvent | GeneralAssemblyEvent | ListCorrectionsEvent | ObjectionBasisEvent;

export const LIST_EVENTS: EventTable<ListEvent, ListState> = {
  ...listEntriesEvents,
  ...listBatchesEvents,
  ...listObjectionsEvents,
  ...generalAssemblyEvents,
  ...listCorrectionsEvents,
  ...objectionBasisEvents,
};

/** The schema version each event type is written at today (the manifest and the upcasters read it). */
export const LIST_EVENT_VERSIONS = versionsOf(LIST_EVENTS);

export const LIST_EVENT_TYPES = Object.keys(LIST_EVENT_VERSIONS) as ReadonlyArray<ListEvent['type']>;

export const LIST_STREAM_PREFIX = 'list-';
export const listStream = (meetingId: string, listId: string) => `${LIST_STREAM_PREFIX}${meetingId}.${listId}`;

export const listEvent = eventBuilder<ListEvent>(LIST_EVENT_VERSIONS);
