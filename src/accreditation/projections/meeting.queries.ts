import { Inject, Injectable } from '@nestjs/common';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { PointInLog, TimeTravel } from '../../event-store/projections/time-travel';
import { Actor } from '../../kernel/events';
import { ApiError } from '../../platform/http/api-error';
import { meetingStream } from '../domain/meeting.events';
import { MEETING_ARRANGEMENTS, MeetingArrangements } from './meeting-arrangements.port';
import { MeetingReader, MeetingSummary } from './meeting.reader';
import { MeetingView } from './meeting.view';

@Injectable()
export class MeetingQueries {
  constructor(
    private readonly documents: ProjectionStore,
    private readonly timeTravel: TimeTravel,
    @Inject(MEETING_ARRANGEMENTS) private readonly arrangements: MeetingArrangements,
  ) {}

  /**
   * The meeting with its programme, panels, opening speakers and arrangements status, as `viewer`
   * may see it (the opening speakers' `survivor` flag only for pga and auditor); `asOf` (an instant or a position): as it stood then.
   */
  meeting(meetingId: string, viewer: Actor, asOf?: PointInLog): MeetingView | Promise<MeetingView> {
    if (asOf === undefined) return this.read(this.documents, meetingId, viewer);
    const streams = [meetingStream(meetingId), ...this.arrangements.streams(meetingId)];
    return this.timeTravel.viewAsOf(asOf, streams, (documents) => this.read(documents, meetingId, viewer));
  }

  /** Every meeting (any role may read every meeting), the most recently created first. */
  meetings(): { meetings: MeetingSummary[] } {
    return { meetings: new MeetingReader(this.documents).meetings() };
  }

  private read(documents: ProjectionStore, meetingId: string, viewer: Actor): MeetingView {
    const view = new MeetingReader(documents).meeting(meetingId);
    if (!view) throw new ApiError('NOT_FOUND', `There is no meeting "${meetingId}".`);
    return { ...view, ...this.arrangements.of(documents, meetingId, viewer) };
  }
}
