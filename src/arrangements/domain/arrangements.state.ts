import { RegionalGroup } from '../../kernel/reference/reference-data';
import { Segment } from './segments';

/**
 * The folded state of one meeting's arrangements stream, which every topic of the stream (programme,
 * panel chairs, opening speakers, finalization, President's summary) reads, and the records it holds.
 * Each topic's file holds its commands, events, decisions and evolve cases.
 */

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

/** Paragraph 4: the President's summary, with the achievements, gaps and challenges it names. */
export interface PresidentSummary {
  text: string;
  achievements: string[];
  gaps: string[];
  challenges: string[];
}

export type ChairStatus = 'invited' | 'accepted' | 'declined';

export interface ChairState {
  state: string;
  regionalGroup: RegionalGroup;
  status: ChairStatus;
}

/** A panel segment of the programme is a panel: its id is the panel id. */
export interface PanelState {
  id: string;
  consultedGroups: readonly RegionalGroup[];
  chair?: ChairState;
  summary?: string;
}

/** Small: a handful of segments and panels. */
export interface ArrangementsState {
  /** Undefined until the PGA sets a programme. */
  programme?: readonly Segment[];
  /** The panels of the current programme, in programme order. */
  panels: readonly PanelState[];
  openingSpeakers: Readonly<Partial<Record<OpeningSpeakerRole, OpeningSpeaker>>>;
  status: 'open' | 'finalized';
  /** Paragraph 4: the President's summary, once recorded. */
  presidentSummary?: PresidentSummary;
}

export function initialArrangementsState(): ArrangementsState {
  return { panels: [], openingSpeakers: {}, status: 'open' };
}

export function panelOf(state: ArrangementsState, panelId: string): PanelState | undefined {
  return state.panels.find((panel) => panel.id === panelId);
}

export function withPanel(state: ArrangementsState, panelId: string, change: (panel: PanelState) => PanelState): ArrangementsState {
  return { ...state, panels: state.panels.map((panel) => (panel.id === panelId ? change(panel) : panel)) };
}
