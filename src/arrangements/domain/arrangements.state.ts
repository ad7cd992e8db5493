import { RegionalGroup } from '../../kernel/reference/reference-data';
import { ArrangementsEvent, OpeningSpeaker, OpeningSpeakerRole, PresidentSummary } from './arrangements.events';
import { Segment } from './programme';

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

/** The folded state of one meeting's arrangements stream. Small: a handful of segments and panels. */
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

function withPanel(state: ArrangementsState, panelId: string, change: (panel: PanelState) => PanelState): ArrangementsState {
  return { ...state, panels: state.panels.map((panel) => (panel.id === panelId ? change(panel) : panel)) };
}

function withChairStatus(state: ArrangementsState, panelId: string, status: ChairStatus): ArrangementsState {
  return withPanel(state, panelId, (panel) => (panel.chair ? { ...panel, chair: { ...panel.chair, status } } : panel));
}

/**
 * A new programme keeps the consultations and chair of every panel whose id it keeps, and drops those of
 * panels it no longer has (the PGA decides the programme; a dropped panel has no chair).
 */
function programmePanels(state: ArrangementsState, segments: readonly Segment[]): PanelState[] {
  return segments
    .filter((segment) => segment.kind === 'panel')
    .map((segment) => panelOf(state, segment.id) ?? { id: segment.id, consultedGroups: [] });
}

export function evolveArrangements(state: ArrangementsState, event: ArrangementsEvent): ArrangementsState {
  switch (event.type) {
    case 'ProgrammeSet':
      return { ...state, programme: event.data.segments, panels: programmePanels(state, event.data.segments) };
    case 'RegionalGroupConsulted': {
      const group = event.data.regionalGroup;
      return withPanel(state, event.data.panelId, (panel) =>
        panel.consultedGroups.includes(group) ? panel : { ...panel, consultedGroups: [...panel.consultedGroups, group] },
      );
    }
    case 'ChairInvited': {
      const { panelId, state: invited, regionalGroup } = event.data;
      return withPanel(state, panelId, (panel) => ({ ...panel, chair: { state: invited, regionalGroup, status: 'invited' } }));
    }
    case 'ChairInvitationWithdrawn':
      return withPanel(state, event.data.panelId, ({ chair: _withdrawn, ...panel }) => panel);
    case 'ChairInvitationAccepted':
      return withChairStatus(state, event.data.panelId, 'accepted');
    case 'ChairInvitationDeclined':
      return withChairStatus(state, event.data.panelId, 'declined');
    case 'PanelSummaryRecorded':
      return withPanel(state, event.data.panelId, (panel) => ({ ...panel, summary: event.data.text }));
    case 'PresidentSummaryRecorded':
      return { ...state, presidentSummary: event.data };
    case 'OpeningSpeakerIdentified':
      return { ...state, openingSpeakers: { ...state.openingSpeakers, [event.data.role]: event.data } };
    case 'ArrangementsFinalized':
      return { ...state, status: 'finalized' };
    case 'ArrangementsReopened':
      return { ...state, status: 'open' };
    default:
      return state;
  }
}
