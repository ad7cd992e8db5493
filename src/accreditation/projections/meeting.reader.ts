import { ProjectionStore } from '../../event-store/projections/projection-store';
import { MeetingView } from './meeting.view';
import { meetingKey, MEETINGS_PROJECTION } from './meetings.projection';

/** Reads the meetings' documents of a projection store: the live one, or one rebuilt as of an instant. */
export class MeetingReader {
  constructor(private readonly documents: ProjectionStore) {}

  /** The meeting as created (its arrangements are another capability's); undefined when there is none. */
  meeting(meetingId: string): MeetingView | undefined {
    return this.documents.get<MeetingView>(MEETINGS_PROJECTION, meetingKey(meetingId));
  }
}
