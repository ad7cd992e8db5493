import type { TFunction } from 'i18next';

/**
 * Every event type the engine writes (the `events` of src/engine/manifests.ts, which the console may not import:
 * it knows the engine only through its HTTP API). test/console/event-labels.spec.ts fails when the two differ or
 * when a catalogue lacks a label, so a new event is named in every language rather than shown by its code.
 */
export const EVENT_TYPES = [
  'MeetingCreated',
  'ListCreated',
  'EntryProposed',
  'EntryApproved',
  'EntryWithdrawn',
  'BatchSubmitted',
  'BatchDeadlineExtended',
  'ObjectionRaised',
  'ObjectionWithdrawn',
  'EntryObjected',
  'BatchClosed',
  'GeneralAssemblyDecisionRecorded',
  'DeadlineReminderIssued',
  'ListTransmitted',
  'BatchCancelled',
  'ObjectionDisowned',
  'ObjectionBasisRequested',
  'ObjectionBasisMadeKnown',
  'ProgrammeSet',
  'RegionalGroupConsulted',
  'ChairInvited',
  'ChairInvitationWithdrawn',
  'ChairInvitationAccepted',
  'ChairInvitationDeclined',
  'PanelSummaryRecorded',
  'PresidentSummaryRecorded',
  'OpeningSpeakerIdentified',
  'ArrangementsFinalized',
  'ArrangementsReopened',
  'SpeakerInscribed',
  'InscriptionWithdrawn',
  'SpeakersListClosed',
  'WebhookRegistered',
  'WebhookSecretRotated',
  'PersonalDataErased',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

const isEventType = (type: string): type is EventType => (EVENT_TYPES as readonly string[]).includes(type);

/** The event's name in the reader's language; an event this console does not know yet says so, with its code. */
export function eventLabel(type: string, t: TFunction): string {
  return isEventType(type) ? t(`dashboard.events.${type}`) : t('dashboard.timeline.unknownEvent', { type });
}
