import { DomainEvent, eventBuilder } from '../../kernel/decider';
import { MeetingPolicy } from './meeting.events';

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
  contactEmail?: string;
}

export type GeneralAssemblyDecision = 'approve' | 'reject';

/** Paragraph 8 (ecosoc) or paragraph 9 (non-objection) list of one meeting. The meeting's policy is copied in. */
export type ListCreated = DomainEvent<
  'ListCreated',
  { meetingId: string; listId: string; kind: ListKind; title: string; policy: MeetingPolicy }
>;
export type EntryProposed = DomainEvent<'EntryProposed', { entryId: string; organization: Organization }>;
/** On an ecosoc list an entry is approved on inclusion; on a non-objection list when its batch closes unopposed. */
export type EntryApproved = DomainEvent<'EntryApproved', { entryId: string; basis: 'ecosoc-consultative-status' | 'no-objection' }>;
export type EntryWithdrawn = DomainEvent<'EntryWithdrawn', { entryId: string }>;
export type BatchSubmitted = DomainEvent<'BatchSubmitted', { batch: number; deadline: string; entryIds: string[] }>;
export type BatchDeadlineExtended = DomainEvent<'BatchDeadlineExtended', { batch: number; previousDeadline: string; deadline: string }>;
export type ObjectionRaised = DomainEvent<
  'ObjectionRaised',
  { entryId: string; batch: number; state: string; onBehalfOf: string[]; reason?: string }
>;
export type ObjectionWithdrawn = DomainEvent<'ObjectionWithdrawn', { entryId: string; batch: number; state: string }>;
/** At closure, an entry with a standing objection; `states` are the objecting States. */
export type EntryObjected = DomainEvent<'EntryObjected', { entryId: string; batch: number; states: string[] }>;
export type BatchClosed = DomainEvent<
  'BatchClosed',
  { batch: number; deadline: string; closedAt: string; approved: number; objected: number }
>;
export type GeneralAssemblyDecisionRecorded = DomainEvent<
  'GeneralAssemblyDecisionRecorded',
  { entryId: string; decision: GeneralAssemblyDecision; reference: string }
>;
/** Member States were reminded that the batch's deadline is `before` away (an ISO 8601 duration). */
export type DeadlineReminderIssued = DomainEvent<'DeadlineReminderIssued', { batch: number; deadline: string; before: string }>;
export type ListTransmitted = DomainEvent<'ListTransmitted', { transmittedAt: string; entries: number }>;
/** A Member State asked for the general basis of the objections to an objected entry. */
export type ObjectionBasisRequested = DomainEvent<'ObjectionBasisRequested', { entryId: string; state: string }>;
/** The general basis of each objection standing at closure (its reason, if one was given), made known to `state`. */
export type ObjectionBasisMadeKnown = DomainEvent<
  'ObjectionBasisMadeKnown',
  { entryId: string; state: string; bases: Array<{ state: string; reason?: string }> }
>;

/** The batch was withdrawn from Member States before its deadline; `entryIds` went back to `proposed`, their objections lapsed. */
export type BatchCancelled = DomainEvent<'BatchCancelled', { batch: number; reason: string; entryIds: string[] }>;
/** `disownedBy` is no longer among the States on whose behalf `state` objects; the objection stands. */
export type ObjectionDisowned = DomainEvent<'ObjectionDisowned', { entryId: string; batch: number; state: string; disownedBy: string }>;

export type ListEvent =
  | ListCreated
  | EntryProposed
  | EntryApproved
  | EntryWithdrawn
  | BatchSubmitted
  | BatchDeadlineExtended
  | ObjectionRaised
  | ObjectionWithdrawn
  | EntryObjected
  | BatchClosed
  | GeneralAssemblyDecisionRecorded
  | DeadlineReminderIssued
  | ListTransmitted
  | BatchCancelled
  | ObjectionDisowned
  | ObjectionBasisRequested
  | ObjectionBasisMadeKnown;

/** The schema version each event type is written at today (the manifest and the upcasters read it). */
export const LIST_EVENT_VERSIONS: Readonly<Record<ListEvent['type'], number>> = {
  ListCreated: 1,
  EntryProposed: 1,
  EntryApproved: 1,
  EntryWithdrawn: 1,
  BatchSubmitted: 1,
  BatchDeadlineExtended: 1,
  ObjectionRaised: 1,
  ObjectionWithdrawn: 1,
  EntryObjected: 1,
  BatchClosed: 1,
  GeneralAssemblyDecisionRecorded: 1,
  DeadlineReminderIssued: 1,
  ListTransmitted: 1,
  BatchCancelled: 1,
  ObjectionDisowned: 1,
  ObjectionBasisRequested: 1,
  ObjectionBasisMadeKnown: 1,
};

export const LIST_EVENT_TYPES = Object.keys(LIST_EVENT_VERSIONS) as ReadonlyArray<ListEvent['type']>;

export const LIST_STREAM_PREFIX = 'list-';
export const listStream = (meetingId: string, listId: string) => `${LIST_STREAM_PREFIX}${meetingId}.${listId}`;

export const listEvent = eventBuilder<ListEvent>(LIST_EVENT_VERSIONS);
