import { DomainEvent, eventBuilder } from '../../kernel/decider';
import { RegionalGroup } from '../../kernel/reference/reference-data';
import { Segment } from './programme';

/** Paragraph 2: the two opening speakers the PGA identifies (the others speak by virtue of office). */
export const OPENING_SPEAKER_ROLES = ['eminent-person', 'ngo-representative'] as const;
export type OpeningSpeakerRole = (typeof OPENING_SPEAKER_ROLES)[number];

/** Paragraph 4: the President's summary, with the achievements, gaps and challenges it names. */
export interface PresidentSummary {
  text: string;
  achievements: string[];
  gaps: string[];
  challenges: string[];
}

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
export type RegionalGroupConsulted = DomainEvent<
  'RegionalGroupConsulted',
  { panelId: string; regionalGroup: RegionalGroup; note?: string }
>;
export type ChairInvited = DomainEvent<'ChairInvited', { panelId: string; state: string; regionalGroup: RegionalGroup }>;
/** The PGA withdrew an invitation before it was answered: the panel has no chair again. */
export type ChairInvitationWithdrawn = DomainEvent<'ChairInvitationWithdrawn', { panelId: string; state: string }>;
export type ChairInvitationAccepted = DomainEvent<'ChairInvitationAccepted', { panelId: string; state: string }>;
export type ChairInvitationDeclined = DomainEvent<'ChairInvitationDeclined', { panelId: string; state: string }>;
/** Paragraph 3(c): the chair's summary of the discussion, for the closing plenary. */
export type PanelSummaryRecorded = DomainEvent<'PanelSummaryRecorded', { panelId: string; chair: string; text: string }>;
/** Paragraph 4: the President's summary of the meeting (a PUT: each one replaces the one before). */
export type PresidentSummaryRecorded = DomainEvent<'PresidentSummaryRecorded', PresidentSummary>;
export type OpeningSpeakerIdentified = DomainEvent<'OpeningSpeakerIdentified', OpeningSpeaker>;
/** Paragraph 10. */
export type ArrangementsFinalized = DomainEvent<'ArrangementsFinalized', { segments: number; panels: number }>;
export type ArrangementsReopened = DomainEvent<'ArrangementsReopened', { reason: string }>;

export type ArrangementsEvent =
  | ProgrammeSet
  | RegionalGroupConsulted
  | ChairInvited
  | ChairInvitationWithdrawn
  | ChairInvitationAccepted
  | ChairInvitationDeclined
  | PanelSummaryRecorded
  | PresidentSummaryRecorded
  | OpeningSpeakerIdentified
  | ArrangementsFinalized
  | ArrangementsReopened;

/** The schema version each event type is written at today (the manifest and the upcasters read it). */
export const ARRANGEMENTS_EVENT_VERSIONS: Readonly<Record<ArrangementsEvent['type'], number>> = {
  ProgrammeSet: 1,
  RegionalGroupConsulted: 1,
  ChairInvited: 1,
  ChairInvitationWithdrawn: 1,
  ChairInvitationAccepted: 1,
  ChairInvitationDeclined: 1,
  PanelSummaryRecorded: 1,
  PresidentSummaryRecorded: 1,
  OpeningSpeakerIdentified: 1,
  ArrangementsFinalized: 1,
  ArrangementsReopened: 1,
};

export const ARRANGEMENTS_EVENT_TYPES = Object.keys(ARRANGEMENTS_EVENT_VERSIONS) as ReadonlyArray<ArrangementsEvent['type']>;

/** One stream per meeting: the rules on chairs and on finalization need the whole picture in one consistent state. */
export const ARRANGEMENTS_STREAM_PREFIX = 'arrangements-';
export const arrangementsStream = (meetingId: string) => `${ARRANGEMENTS_STREAM_PREFIX}${meetingId}`;

export const arrangementsEvent = eventBuilder<ArrangementsEvent>(ARRANGEMENTS_EVENT_VERSIONS);
