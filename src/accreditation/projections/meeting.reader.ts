import { ProjectionStore } from '../../event-store/projections/projection-store';
import { MeetingView } from './meeting.view';
import { meetingKey, MEETINGS_PROJECTION } from './meetings.projection';

/** One meeting of `GET /v1/meetings`. */
export interface MeetingSummary {
  id: string;
  title: string;
  timezone: string;
  venue?: string;
  createdAt: string;
}

/** Reads the meetings' documents of a projection store: the live one, or one rebuilt as of an instant. */
export class MeetingReader {
  constructor(private readonly documents: ProjectionStore) {}

  /** The meeting as created (its arrangements are another capability's); undefined when there is none. */
  meeting(meetingId: string): MeetingView | undefined {
    return this.documents.get<MeetingView>(MEETINGS_PROJECTION, meetingKey(meetingId));
  }

  /** Every meeting, the most recently created first. */
  meetings(): MeetingSummary[] {
    return this.documents
      .list<MeetingView>(MEETINGS_PROJECTION, meetingKey(''))
      .map(({ id, title, timezone, venue, createdAt }) => ({ id, title, timezone, ...(venue ? { venue } : {}), createdAt }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  }
}
