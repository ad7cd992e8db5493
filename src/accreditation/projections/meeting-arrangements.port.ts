import { ProjectionStore } from '../../event-store/projections/projection-store';
import { Actor } from '../../kernel/events';
import { MeetingView } from './meeting.view';

export const MEETING_ARRANGEMENTS = Symbol('MEETING_ARRANGEMENTS');

/** The parts of the meeting view that the arrangements capability fills in. */
export type MeetingArrangementsPart = Pick<MeetingView, 'programme' | 'panels' | 'openingSpeakers' | 'arrangements'>;

/**
 * What the meeting view shows of a meeting's arrangements. The arrangements capability provides it
 * (it knows meetings; meetings do not know it), and the composition root binds it.
 */
export interface MeetingArrangements {
  /** The streams besides the meeting's own that a view as of an instant replays. */
  streams(meetingId: string): string[];
  /** Undefined when nothing was arranged yet. */
  of(documents: ProjectionStore, meetingId: string, viewer: Actor): MeetingArrangementsPart | undefined;
}
