import { Injectable } from '@nestjs/common';
import { meetingArrangements } from '../../arrangements/projections/arrangements.queries';
import { Actor } from '../../event-store/event-store.port';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { ApiError } from '../../shared/http/api-error';
import { MeetingView } from './meeting.view';
import { meetingKey, MEETINGS_PROJECTION } from './meetings.projection';

@Injectable()
export class MeetingQueries {
  constructor(private readonly documents: ProjectionStore) {}

  /**
   * The meeting with its programme, panels, opening speakers and arrangements status, as `viewer`
   * may see it (the opening speakers' `survivor` flag only for pga and auditor).
   */
  meeting(meetingId: string, viewer: Actor): MeetingView {
    const view = this.documents.get<MeetingView>(MEETINGS_PROJECTION, meetingKey(meetingId));
    if (!view) throw new ApiError('NOT_FOUND', `There is no meeting "${meetingId}".`);
    return { ...view, ...meetingArrangements(this.documents, meetingId, viewer) };
  }
}
