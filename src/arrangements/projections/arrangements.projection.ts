import { StoredEvent } from '../../event-store/event-store.port';
import { DocumentWriter, Projection } from '../../kernel/projection';
import { RegionalGroup } from '../../kernel/reference/reference-data';
import {
  ARRANGEMENTS_EVENT_TYPES,
  ArrangementsEvent,
  OpeningSpeaker,
  OpeningSpeakerRole,
  PresidentSummary,
} from '../domain/arrangements.events';
import { ChairStatus } from '../domain/arrangements.state';
import { Segment } from '../domain/segments';

export const ARRANGEMENTS_PROJECTION = 'arrangements';
export const arrangementsKey = (meetingId: string) => `arrangements/${meetingId}`;

export interface ChairDocument {
  state: string;
  regionalGroup: RegionalGroup;
  status: ChairStatus;
  invitedAt: string;
  respondedAt?: string;
}

export interface PanelDocument {
  id: string;
  consultations: Array<{ regionalGroup: RegionalGroup; note?: string; recordedAt: string }>;
  chair: ChairDocument | null;
  summary?: { text: string; chair: string; recordedAt: string };
}

/**
 * One document per meeting with arrangements: everything its arrangements stream says, and nothing
 * from another stream (the meeting's timezone is read from the meeting's own view when shown).
 */
export interface ArrangementsDocument {
  meetingId: string;
  programme: Segment[] | null;
  /** The panels of the current programme, in programme order. */
  panels: PanelDocument[];
  openingSpeakers: Partial<Record<OpeningSpeakerRole, OpeningSpeaker & { identifiedAt: string }>>;
  status: 'open' | 'finalized';
  finalizedAt?: string;
  reopened?: { at: string; reason: string };
  /** Paragraph 4. */
  presidentSummary?: PresidentSummary & { recordedAt: string };
  /** The event that set the current programme: engine work timed by the meeting's end (retention) names it as its cause. */
  programmeSetBy?: { eventId: string; correlationId: string };
}

const HANDLED = new Set<string>(ARRANGEMENTS_EVENT_TYPES);
const ARRANGEMENTS_STREAM = /^arrangements-(.+)$/;

export class ArrangementsProjection implements Projection {
  readonly name = ARRANGEMENTS_PROJECTION;
  readonly version = 3;

  apply(event: StoredEvent, documents: DocumentWriter): void {
    const meetingId = ARRANGEMENTS_STREAM.exec(event.streamId)?.[1];
    if (!meetingId || !HANDLED.has(event.type)) return;
    const key = arrangementsKey(meetingId);
    const document = documents.get<ArrangementsDocument>(key) ?? emptyArrangements(meetingId);
    const at = event.metadata.occurredAt;
    const applied = applyEvent(document, { type: event.type, data: event.data } as ArrangementsEvent, at);
    const setBy = { eventId: event.eventId, correlationId: event.metadata.correlationId };
    documents.put(key, event.type === 'ProgrammeSet' ? { ...applied, programmeSetBy: setBy } : applied);
  }
}

/** A meeting's arrangements before anything was arranged. */
export function emptyArrangements(meetingId: string): ArrangementsDocument {
  return { meetingId, programme: null, panels: [], openingSpeakers: {}, status: 'open' };
}

function applyEvent(document: ArrangementsDocument, event: ArrangementsEvent, at: string): ArrangementsDocument {
  switch (event.type) {
    case 'ProgrammeSet': {
      const panels = event.data.segments
        .filter((segment) => segment.kind === 'panel')
        .map((segment) => document.panels.find((p) => p.id === segment.id) ?? { id: segment.id, consultations: [], chair: null });
      return { ...document, programme: event.data.segments, panels };
    }
    case 'RegionalGroupConsulted': {
      const { regionalGroup, note } = event.data;
      const consultation = { regionalGroup, ...(note !== undefined ? { note } : {}), recordedAt: at };
      return withPanel(document, event.data.panelId, (p) => ({ ...p, consultations: [...p.consultations, consultation] }));
    }
    case 'ChairInvited': {
      const { state, regionalGroup } = event.data;
      return withPanel(document, event.data.panelId, (p) => ({ ...p, chair: { state, regionalGroup, status: 'invited', invitedAt: at } }));
    }
    case 'ChairInvitationWithdrawn':
      return withPanel(document, event.data.panelId, (p) => ({ ...p, chair: null }));
    case 'ChairInvitationAccepted':
    case 'ChairInvitationDeclined': {
      const status = event.type === 'ChairInvitationAccepted' ? 'accepted' : 'declined';
      return withPanel(document, event.data.panelId, (p) => (p.chair ? { ...p, chair: { ...p.chair, status, respondedAt: at } } : p));
    }
    case 'PanelSummaryRecorded': {
      const { text, chair } = event.data;
      return withPanel(document, event.data.panelId, (p) => ({ ...p, summary: { text, chair, recordedAt: at } }));
    }
    case 'PresidentSummaryRecorded':
      return { ...document, presidentSummary: { ...event.data, recordedAt: at } };
    case 'OpeningSpeakerIdentified':
      return { ...document, openingSpeakers: { ...document.openingSpeakers, [event.data.role]: { ...event.data, identifiedAt: at } } };
    case 'ArrangementsFinalized':
      return { ...document, status: 'finalized', finalizedAt: at };
    case 'ArrangementsReopened':
      return { ...document, status: 'open', reopened: { at, reason: event.data.reason } };
  }
}

function withPanel(document: ArrangementsDocument, panelId: string, change: (panel: PanelDocument) => PanelDocument): ArrangementsDocument {
  return { ...document, panels: document.panels.map((panel) => (panel.id === panelId ? change(panel) : panel)) };
}
