import { Injectable } from '@nestjs/common';
import { meetingStream } from '../../accreditation/accreditation.public';
import { Actor } from '../../event-store/event-store.port';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { PointInLog, TimeTravel } from '../../event-store/projections/time-travel';
import { arrangementsStream } from '../domain/arrangements.events';
import { ArrangementsReader } from './arrangements.reader';
import { ArrangementsDocument, arrangementsKey, ARRANGEMENTS_PROJECTION } from './arrangements.projection';
import { PanelView, SpeakersView, SummaryView } from './arrangements.view';

/** The arrangements views the HTTP side reads: live, or (`asOf`: an instant or a position) rebuilt from the events as they stood then. */
@Injectable()
export class ArrangementsQueries {
  constructor(
    private readonly documents: ProjectionStore,
    private readonly timeTravel: TimeTravel,
  ) {}

  panels(meetingId: string, viewer: Actor, asOf?: PointInLog): { panels: PanelView[] } | Promise<{ panels: PanelView[] }> {
    if (asOf === undefined) return new ArrangementsReader(this.documents).panels(meetingId, viewer);
    const streams = [meetingStream(meetingId), arrangementsStream(meetingId)];
    return this.timeTravel.viewAsOf(asOf, streams, (documents) => new ArrangementsReader(documents).panels(meetingId, viewer));
  }

  summary(meetingId: string): SummaryView {
    return new ArrangementsReader(this.documents).summary(meetingId);
  }

  /**
   * When the meeting ends: the latest of its segments' ends (the closing plenary, which may have none, by its
   * start); undefined while it has no programme.
   */
  meetingEnd(meetingId: string): { at: string; setBy?: { eventId: string; correlationId: string } } | undefined {
    const document = this.documents.get<ArrangementsDocument>(ARRANGEMENTS_PROJECTION, arrangementsKey(meetingId));
    const ends = (document?.programme ?? []).map((segment) => new Date(segment.endsAt ?? segment.startsAt).getTime());
    if (!ends.length) return undefined;
    return { at: new Date(Math.max(...ends)).toISOString(), ...(document?.programmeSetBy ? { setBy: document.programmeSetBy } : {}) };
  }

  speakers(meetingId: string, segmentId?: string): SpeakersView {
    return new ArrangementsReader(this.documents).speakers(meetingId, segmentId);
  }
}
