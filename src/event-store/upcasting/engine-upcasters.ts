import type { ListEvent } from '../../accreditation/domain/list.events';
import type { ArrangementsEvent } from '../../arrangements/domain/arrangements.events';
import type { SpeakersEvent } from '../../arrangements/domain/speakers';
import type { MeetingEvent } from '../../accreditation/domain/meeting.events';
import type { MemberStateEvent } from '../../deadlines/webhooks/webhook.events';
import { UpcasterRegistry, UpcasterTable } from './upcaster-registry';

/** Every event type the engine writes. A new event union joins here, and the compiler asks for its version below. */
export type EngineEventType =
  | MeetingEvent['type']
  | ListEvent['type']
  | MemberStateEvent['type']
  | ArrangementsEvent['type']
  | SpeakersEvent['type'];

/** The schema version the deciders write today, per event type. */
export const CURRENT_SCHEMA_VERSIONS: Readonly<Record<EngineEventType, number>> = {
  // Meetings
  MeetingCreated: 1,
  // Stakeholder lists (LIST_EVENT_TYPES)
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
  // Member States
  WebhookRegistered: 1,
  // Programme, panels and arrangements (ARRANGEMENTS_EVENT_TYPES)
  ProgrammeSet: 1,
  RegionalGroupConsulted: 1,
  ChairInvited: 1,
  ChairInvitationAccepted: 1,
  ChairInvitationDeclined: 1,
  PanelSummaryRecorded: 1,
  OpeningSpeakerIdentified: 1,
  ArrangementsFinalized: 1,
  ArrangementsReopened: 1,
  // Lists of speakers
  SpeakerInscribed: 1,
  SpeakersListClosed: 1,
};

/**
 * `{ type → { fromVersion → (data) => data at fromVersion + 1 } }`. Empty while every type is at
 * version 1. Example, when EntryProposed goes to version 2:
 * `EntryProposed: { 1: (data) => ({ ...data, source: 'manual' }) }` and `EntryProposed: 2` above.
 */
export const ENGINE_UPCASTERS: UpcasterTable = {};

/** The registry through which stored events reach the deciders and the projections. */
export const engineUpcasters = new UpcasterRegistry(CURRENT_SCHEMA_VERSIONS, ENGINE_UPCASTERS);
