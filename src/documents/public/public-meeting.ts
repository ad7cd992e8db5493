import type { MeetingView } from '../../accreditation/accreditation.public';
import type { SegmentView } from '../../arrangements/arrangements.public';
import { Actor } from '../../kernel/events';

/** Whoever reads without a token: sees what an observer sees once a batch has closed, and nothing sensitive. */
export const PUBLIC_READER: Actor = { role: 'observer', subject: 'public' };

export interface PublicSegment {
  id: string;
  kind: string;
  title: string;
  theme?: string;
  startsAt: string;
  endsAt?: string;
  startsAtLocal: string;
  endsAtLocal?: string;
  webcastUrl?: string;
}

/** `GET /v1/public/meetings/:meetingId` (contract 1.1 "Public"). */
export interface PublicMeeting {
  id: string;
  title: string;
  timezone: string;
  venue?: string;
  startsAt?: string;
  endsAt?: string;
  programme: PublicSegment[];
}

/** The meeting and its programme, field by field: nothing of the policy, the panels' chairs or the speakers. */
export function publicMeeting(meeting: MeetingView): PublicMeeting {
  const programme = (meeting.programme as SegmentView[]).map(publicSegment);
  const starts = programme.map((segment) => segment.startsAt).sort();
  const ends = programme.flatMap((segment) => (segment.endsAt ? [segment.endsAt] : [])).sort();
  return {
    id: meeting.id,
    title: meeting.title,
    timezone: meeting.timezone,
    ...(meeting.venue ? { venue: meeting.venue } : {}),
    ...(starts.length ? { startsAt: starts[0] } : {}),
    // The closing plenary may have no end (it follows the exhausted list of speakers): then neither has the meeting.
    ...(ends.length && ends.length === programme.length ? { endsAt: ends[ends.length - 1] } : {}),
    programme,
  };
}

function publicSegment(segment: SegmentView): PublicSegment {
  const { id, kind, title, theme, startsAt, endsAt, startsAtLocal, endsAtLocal, webcastUrl } = segment;
  return {
    id,
    kind,
    title,
    ...(theme ? { theme } : {}),
    startsAt,
    ...(endsAt ? { endsAt } : {}),
    startsAtLocal,
    ...(endsAtLocal ? { endsAtLocal } : {}),
    ...(webcastUrl ? { webcastUrl } : {}),
  };
}
