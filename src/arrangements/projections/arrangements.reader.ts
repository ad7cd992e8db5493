import { missingItems } from '../domain/arrangements.decider';
import { FIXED_OPENING_SPEAKERS, MeetingReader, OpeningSpeakerView } from '../../accreditation/accreditation.public';
import { Actor } from '../../event-store/event-store.port';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { ApiError } from '../../platform/http/api-error';
import { OPENING_SPEAKER_ROLES, OpeningSpeakerRole } from '../domain/arrangements.events';
import { Segment, takesSpeakers } from '../domain/segments';
import { bySpeakingOrder } from '../domain/speaking-order';
import {
  ArrangementsDocument,
  arrangementsKey,
  ARRANGEMENTS_PROJECTION,
  emptyArrangements,
  PanelDocument,
} from './arrangements.projection';
import {
  IdentifiedSpeakerView,
  MeetingArrangementsView,
  PanelView,
  SegmentView,
  SpeakersView,
  SpeakerView,
  SummaryView,
} from './arrangements.view';
import { localIso } from './local-time';
import { SpeakersDocument, speakersKey, SPEAKERS_PROJECTION } from './speakers.projection';

/** Roles that see the sensitive `survivor` flag of an opening speaker. */
const SEES_SURVIVOR: ReadonlySet<Actor['role']> = new Set(['pga', 'auditor']);
/** Roles that read the notes of the Office's consultations with regional groups (its working notes, docs/procedure.md). */
const SEES_CONSULTATION_NOTES: ReadonlySet<Actor['role']> = new Set(['pga', 'auditor']);

const TITLES: Record<OpeningSpeakerRole, string> = {
  'eminent-person': 'Eminent person actively engaged in the fight against trafficking in persons',
  'ngo-representative': 'Representative of a non-governmental organization in consultative status with ECOSOC',
};

/** A meeting's arrangements document with the meeting's timezone. */
interface Arranged {
  document: ArrangementsDocument;
  timezone: string;
}

/** Reads the arrangements' documents of a projection store: the live one, or one rebuilt as of an instant. */
export class ArrangementsReader {
  constructor(private readonly documents: ProjectionStore) {}

  /** The panels as `viewer` may see them: the consultations' notes only for pga and auditor. */
  panels(meetingId: string, viewer?: Actor): { panels: PanelView[] } {
    return { panels: panelViews(this.arranged(meetingId), viewer) };
  }

  /** One segment's list in speaking order, or (no `segmentId`) every plenary meeting's, in programme order. */
  speakers(meetingId: string, segmentId?: string): SpeakersView {
    const { document } = this.arranged(meetingId);
    const plenaries = (document.programme ?? []).filter((segment) => takesSpeakers(segment.kind));
    if (segmentId !== undefined && !document.programme?.some((segment) => segment.id === segmentId)) {
      throw new ApiError('NOT_FOUND', `The programme of meeting "${meetingId}" has no segment "${segmentId}".`);
    }
    const ids = segmentId !== undefined ? [segmentId] : plenaries.map((segment) => segment.id);
    const lists = ids.map(
      (id) => this.documents.get<SpeakersDocument>(SPEAKERS_PROJECTION, speakersKey(meetingId, id)) ?? emptyList(meetingId, id),
    );
    return {
      speakers: lists.flatMap(speakingOrder),
      lists: lists.map(({ segmentId: id, status, closedAt, inscriptions }) => ({
        segmentId: id,
        status,
        ...(closedAt ? { closedAt } : {}),
        inscriptions: inscriptions.length,
      })),
    };
  }

  /** The President's summary and the chairs' summaries of the panels that have one, in programme order. */
  summary(meetingId: string): SummaryView {
    const meeting = new MeetingReader(this.documents).meeting(meetingId);
    if (!meeting) throw new ApiError('NOT_FOUND', `There is no meeting "${meetingId}".`);
    const arranged = { document: this.documentOf(meetingId), timezone: meeting.timezone };
    const { presidentSummary } = arranged.document;
    const panels = panelViews(arranged).flatMap(({ id, title, theme, summary }) =>
      summary ? [{ panelId: id, title, theme, chair: summary.chair, text: summary.text, recordedAt: summary.recordedAt }] : [],
    );
    return { meetingId, title: meeting.title, president: presidentSummary ? { ...presidentSummary } : null, panels };
  }

  /** The programme, panels, opening speakers and status of a meeting as `viewer` may see them; undefined for no such meeting. */
  meetingArrangements(meetingId: string, viewer?: Actor): MeetingArrangementsView | undefined {
    const timezone = new MeetingReader(this.documents).meeting(meetingId)?.timezone;
    return timezone === undefined ? undefined : arrangementsView({ document: this.documentOf(meetingId), timezone }, viewer);
  }

  private arranged(meetingId: string): Arranged {
    const meeting = new MeetingReader(this.documents).meeting(meetingId);
    if (!meeting) throw new ApiError('NOT_FOUND', `There is no meeting "${meetingId}".`);
    return { document: this.documentOf(meetingId), timezone: meeting.timezone };
  }

  private documentOf(meetingId: string): ArrangementsDocument {
    return this.documents.get<ArrangementsDocument>(ARRANGEMENTS_PROJECTION, arrangementsKey(meetingId)) ?? emptyArrangements(meetingId);
  }
}

function arrangementsView(arranged: Arranged, viewer?: Actor): MeetingArrangementsView {
  const { document, timezone } = arranged;
  const { status, finalizedAt, reopened } = document;
  return {
    programme: (document.programme ?? []).map((segment) => segmentView(segment, timezone)),
    panels: panelViews(arranged, viewer),
    openingSpeakers: [...FIXED_OPENING_SPEAKERS.map((speaker) => ({ ...speaker })), ...openingSpeakers(document, viewer)],
    arrangements: {
      status,
      missing: status === 'finalized' ? [] : missingItems(document),
      ...(finalizedAt && status === 'finalized' ? { finalizedAt } : {}),
      ...(reopened ? { reopenedAt: reopened.at, reopeningReason: reopened.reason } : {}),
    },
  };
}

function segmentView(segment: Segment, timezone: string): SegmentView {
  return {
    ...segment,
    startsAtLocal: localIso(segment.startsAt, timezone),
    ...(segment.endsAt ? { endsAtLocal: localIso(segment.endsAt, timezone) } : {}),
  };
}

function panelViews({ document, timezone }: Arranged, viewer?: Actor): PanelView[] {
  const segments = new Map((document.programme ?? []).map((segment) => [segment.id, segment]));
  const seesNotes = viewer !== undefined && SEES_CONSULTATION_NOTES.has(viewer.role);
  return document.panels.map((panel) => panelView(panel, segments.get(panel.id)!, timezone, seesNotes));
}

function panelView(panel: PanelDocument, segment: Segment, timezone: string, seesNotes: boolean): PanelView {
  return {
    id: panel.id,
    title: segment.title,
    theme: segment.theme ?? '',
    startsAt: segment.startsAt,
    endsAt: segment.endsAt!,
    startsAtLocal: localIso(segment.startsAt, timezone),
    endsAtLocal: localIso(segment.endsAt!, timezone),
    chair: panel.chair ? { ...panel.chair } : null,
    consultations: panel.consultations.map(({ note, ...consultation }) =>
      seesNotes && note !== undefined ? { ...consultation, note } : consultation,
    ),
    ...(panel.summary ? { summary: { ...panel.summary } } : {}),
  };
}

/** The speakers the PGA has identified (finalization names those still missing); `survivor` only for pga and auditor. */
function openingSpeakers(document: ArrangementsDocument, viewer?: Actor): OpeningSpeakerView[] {
  return OPENING_SPEAKER_ROLES.flatMap((role): IdentifiedSpeakerView[] => {
    const speaker = document.openingSpeakers[role];
    if (!speaker) return [];
    const { survivor, role: _role, ...shown } = speaker;
    return [{ role, title: TITLES[role], fixed: false, ...shown, ...(viewer && SEES_SURVIVOR.has(viewer.role) ? { survivor } : {}) }];
  });
}

function speakingOrder(list: SpeakersDocument): SpeakerView[] {
  return [...list.inscriptions].sort(bySpeakingOrder).map(({ seq: _seq, ...inscription }, index) => ({
    order: index + 1,
    segmentId: list.segmentId,
    ...inscription,
  }));
}

function emptyList(meetingId: string, segmentId: string): SpeakersDocument {
  return { meetingId, segmentId, status: 'open', inscriptions: [] };
}
