import { CommandEnvelope } from '../../kernel/decider';
import { OpeningSpeakerRole } from './arrangements.events';
import { SegmentInput } from './programme';

/** Facts the handler reads from other streams before the decision. */
export interface MeetingFacts {
  exists: boolean;
}

/** Where an entry named as the NGO representative stands, as read from its list's stream. */
export interface EntryFacts {
  listId: string;
  listKind: 'ecosoc' | 'non-objection';
  status: string;
  organization: string;
}

interface ArrangementsCommandBase extends CommandEnvelope {
  meetingId: string;
  meeting: MeetingFacts;
}

export interface SetProgramme extends ArrangementsCommandBase {
  kind: 'SetProgramme';
  segments: SegmentInput[];
  /** Segments whose list of speakers has inscriptions: they must stay plenary meetings. */
  segmentsWithSpeakers: string[];
}

export interface ConsultRegionalGroup extends ArrangementsCommandBase {
  kind: 'ConsultRegionalGroup';
  panelId: string;
  regionalGroup: string;
  note?: string;
}

export interface InviteChair extends ArrangementsCommandBase {
  kind: 'InviteChair';
  panelId: string;
  state: string;
}

export interface WithdrawChairInvitation extends ArrangementsCommandBase {
  kind: 'WithdrawChairInvitation';
  panelId: string;
}

export interface RespondToChairInvitation extends ArrangementsCommandBase {
  kind: 'RespondToChairInvitation';
  panelId: string;
  accept: boolean;
}

export interface RecordPanelSummary extends ArrangementsCommandBase {
  kind: 'RecordPanelSummary';
  panelId: string;
  text: string;
}

/** Paragraph 4: the President's summary of the meeting. */
export interface RecordPresidentSummary extends ArrangementsCommandBase {
  kind: 'RecordPresidentSummary';
  text: string;
  achievements?: string[];
  gaps?: string[];
  challenges?: string[];
}

export interface IdentifyOpeningSpeaker extends ArrangementsCommandBase {
  kind: 'IdentifyOpeningSpeaker';
  role: OpeningSpeakerRole;
  name: string;
  organization?: string;
  entryId?: string;
  survivor?: boolean;
  /** Where `entryId` stands; undefined when no list of the meeting has it. */
  entry?: EntryFacts;
}

export interface FinalizeArrangements extends ArrangementsCommandBase {
  kind: 'FinalizeArrangements';
}

export interface ReopenArrangements extends ArrangementsCommandBase {
  kind: 'ReopenArrangements';
  reason: string;
}

export type ArrangementsCommand =
  | SetProgramme
  | ConsultRegionalGroup
  | InviteChair
  | WithdrawChairInvitation
  | RespondToChairInvitation
  | RecordPanelSummary
  | RecordPresidentSummary
  | IdentifyOpeningSpeaker
  | FinalizeArrangements
  | ReopenArrangements;
