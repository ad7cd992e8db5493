import { Injectable } from '@nestjs/common';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { ApiError } from '../../shared/http/api-error';
import { MeetingView } from './meeting.view';
import { meetingKey, MEETINGS_PROJECTION } from './meetings.projection';

@Injectable()
export class MeetingQueries {
  constructor(private readonly documents: ProjectionStore) {}

  meeting(meetingId: string): MeetingView {
    const view = this.documents.get<MeetingView>(MEETINGS_PROJECTION, meetingKey(meetingId));
    if (!view) throw new ApiError('NOT_FOUND', `There is no meeting "${meetingId}".`);
    return view;
  }
}
