import type { MissingItem } from '../domain/arrangements.decider';
import { OpeningSpeakerView } from '../../accreditation/accreditation.public';
import { RegionalGroup } from '../../kernel/reference/reference-data';
import { ChairStatus } from '../domain/arrangements.state';
import { SegmentKind } from '../domain/segments';
import { Delegation, Level } from '../domain/speaking-order';

/** A segment of the programme: instants in UTC, and as the meeting's timezone shows them. */
export interface SegmentView {
  id: string;
  kind: SegmentKind;
  title: string;
  theme?: string;
  startsAt: string;
  endsAt?: string;
  startsAtLocal: string;
  endsAtLocal?: string;
  webcastUrl?: string;
}

export interface ChairView {
  state: string;
  regionalGroup: RegionalGroup;
  status: ChairStatus;
  invitedAt: string;
  respondedAt?: string;
}

export interface ConsultationView {
  regionalGroup: RegionalGroup;
  note?: string;
  recordedAt: string;
}

/** One panel of `GET /v1/meetings/:meetingId/panels`. */
export interface PanelView {
  id: string;
  title: string;
  theme: string;
  startsAt: string;
  endsAt: string;
  startsAtLocal: string;
  endsAtLocal: string;
  chair: ChairView | null;
  consultations: ConsultationView[];
  summary?: { text: string; chair: string; recordedAt: string };
}

export interface IdentifiedSpeakerView extends OpeningSpeakerView {
  listId?: string;
  identifiedAt?: string;
}

export interface ArrangementsStatusView {
  status: 'open' | 'finalized';
  /** What keeps open arrangements from being finalized (as ARRANGEMENTS_INCOMPLETE would list it); empty once finalized. */
  missing: MissingItem[];
  finalizedAt?: string;
  reopenedAt?: string;
  reopeningReason?: string;
}

/** What the arrangements add to `GET /v1/meetings/:meetingId`. */
export interface MeetingArrangementsView {
  programme: SegmentView[];
  panels: PanelView[];
  openingSpeakers: OpeningSpeakerView[];
  arrangements: ArrangementsStatusView;
}

export interface SpeakerView {
  /** Place in the speaking order of its segment, from 1. */
  order: number;
  segmentId: string;
  state: string;
  delegation: Delegation;
  level: Level;
  speakerName: string;
  inscribedAt: string;
}

export interface SpeakersListView {
  segmentId: string;
  status: 'open' | 'closed';
  closedAt?: string;
  inscriptions: number;
}

/** `GET /v1/meetings/:meetingId/speakers`: one segment's list, or every plenary's in programme order. */
export interface SpeakersView {
  speakers: SpeakerView[];
  lists: SpeakersListView[];
}

/** A panel chair's summary (paragraph 3c), with its panel. */
export interface ChairSummaryView {
  panelId: string;
  title: string;
  theme: string;
  chair: string;
  text: string;
  recordedAt: string;
}

/** `GET /v1/meetings/:meetingId/summary`: the President's summary (paragraph 4) and the chairs' (paragraph 3c). */
export interface SummaryView {
  meetingId: string;
  title: string;
  president: { text: string; achievements: string[]; gaps: string[]; challenges: string[]; recordedAt: string } | null;
  panels: ChairSummaryView[];
}
