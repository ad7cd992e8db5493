import { DomainEvent } from '../../shared/domain/decider';
import { RegionalGroup } from '../../shared/reference/reference-data';
import { Segment } from './programme';

/** Paragraph 2: the two opening speakers the PGA identifies (the others speak by virtue of office). */
export const OPENING_SPEAKER_ROLES = ['eminent-person', 'ngo-representative'] as const;
export type OpeningSpeakerRole = (typeof OPENING_SPEAKER_ROLES)[number];

export interface OpeningSpeaker {
  role: OpeningSpeakerRole;
  name: string;
  organization?: string;
  /** The NGO representative's approved entry on an ecosoc list of the meeting, and that list. */
  entryId?: string;
  listId?: string;
  /** Sensitive: shown only to pga and auditor. */
  survivor: boolean;
}

/** The whole programme, replacing the one before (PUT). */
export type ProgrammeSet = DomainEvent<'ProgrammeSet', { segments: Segment[] }>;
/** Paragraph 3: the PGA consulted a regional group on the chair of a panel. */
export type RegionalGroupConsulted = DomainEvent<'RegionalGroupConsulted', { panelId: string; regionalGroup: RegionalGroup; note?: string }>;
export type ChairInvited = DomainEvent<'ChairInvited', { panelId: string; state: string; regionalGroup: RegionalGroup }>;
export type ChairInvitationAccepted = DomainEvent<'ChairInvitationAccepted', { panelId: string; state: string }>;
export type ChairInvitationDeclined = DomainEvent<'ChairInvitationDeclined', { panelId: string; state: string }>;
/** Paragraph 3(c): the chair's summary of the discussion, for the closing plenary. */
export type PanelSummaryRecorded = DomainEvent<'PanelSummaryRecorded', { panelId: string; chair: string; text: string }>;
export type OpeningSpeakerIdentified = DomainEvent<'OpeningSpeakerIdentified', OpeningSpeaker>;
/** Paragraph 10. */
export type ArrangementsFinalized = DomainEvent<'ArrangementsFinalized', { segments: number; panels: number }>;
export type ArrangementsReopened = DomainEvent<'ArrangementsReopened', { reason: string }>;

export type ArrangementsEvent =
  | ProgrammeSet
  | RegionalGroupConsulted
  | ChairInvited
  | ChairInvitationAccepted
  | ChairInvitationDeclined
  | PanelSummaryRecorded
  | OpeningSpeakerIdentified
  | ArrangementsFinalized
  | ArrangementsReopened;

export const ARRANGEMENTS_EVENT_TYPES: ReadonlyArray<ArrangementsEvent['type']> = [
  'ProgrammeSet',
  'RegionalGroupConsulted',
  'ChairInvited',
  'ChairInvitationAccepted',
  'ChairInvitationDeclined',
  'PanelSummaryRecorded',
  'OpeningSpeakerIdentified',
  'ArrangementsFinalized',
  'ArrangementsReopened',
];

/** One stream per meeting: the rules on chairs and on finalization need the whole picture in one consistent state. */
export const arrangementsStream = (meetingId: string) => `arrangements-${meetingId}`;

export function arrangementsEvent<T extends ArrangementsEvent['type']>(
  type: T,
  data: Extract<ArrangementsEvent, { type: T }>['data'],
): ArrangementsEvent {
  return { type, schemaVersion: 1, data } as ArrangementsEvent;
}
