import { MeetingArrangements, MeetingArrangementsPart } from '../../accreditation/accreditation.public';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { Actor } from '../../kernel/events';
import { arrangementsStream } from '../domain/arrangements.events';
import { ArrangementsReader } from './arrangements.reader';

/** The meeting view's programme, panels, opening speakers and arrangements status, from this capability's documents. */
export class ArrangementsOfMeeting implements MeetingArrangements {
  streams(meetingId: string): string[] {
    return [arrangementsStream(meetingId)];
  }

  of(documents: ProjectionStore, meetingId: string, viewer: Actor): MeetingArrangementsPart | undefined {
    return new ArrangementsReader(documents).meetingArrangements(meetingId, viewer);
  }
}
