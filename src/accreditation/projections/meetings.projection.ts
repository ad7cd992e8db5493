import { StoredEvent } from '../../event-store/event-store.port';
import { DocumentWriter, Projection } from '../../kernel/projection';
import { MeetingCreated } from '../domain/meeting.events';
import { FIXED_OPENING_SPEAKERS, MeetingView } from './meeting.view';

export const MEETINGS_PROJECTION = 'meetings';
export const meetingKey = (meetingId: string) => `meeting/${meetingId}`;

/** One document per meeting: the meeting view of the contract. */
export class MeetingsProjection implements Projection {
  readonly name = MEETINGS_PROJECTION;
  readonly version = 1;

  apply(event: StoredEvent, documents: DocumentWriter): void {
    if (event.type !== 'MeetingCreated') return;
    const { meetingId, title, timezone, venue, mandate, policy } = event.data as MeetingCreated['data'];
    const view: MeetingView = {
      id: meetingId,
      title,
      timezone,
      ...(venue ? { venue } : {}),
      mandate,
      policy,
      programme: [],
      panels: [],
      openingSpeakers: FIXED_OPENING_SPEAKERS,
      arrangements: { status: 'open' },
      createdAt: event.metadata.occurredAt,
    };
    documents.put(meetingKey(meetingId), view);
  }
}
