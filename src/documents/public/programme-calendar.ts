import ical from 'ical-generator';
import type { PublicMeeting, PublicSegment } from './public-meeting';

/**
 * The programme as an iCalendar feed (RFC 5545), one event per segment, in UTC. Each event's UID is
 * made of the meeting's and the segment's ids, so a calendar that subscribed updates an edited segment
 * instead of adding a second one. DTSTAMP is `stamp` (not the time of the request), so that the same
 * programme gives the same bytes, and the same ETag.
 */
export function programmeCalendar(meeting: PublicMeeting, stamp: string): string {
  const calendar = ical({
    name: meeting.title,
    prodId: { company: 'United Nations General Assembly', product: 'Nihil Obstat', language: 'EN' },
    description: `Programme of ${meeting.title}`,
  });
  for (const segment of meeting.programme) {
    calendar.createEvent({
      id: segmentUid(meeting.id, segment.id),
      stamp: new Date(stamp),
      start: new Date(segment.startsAt),
      // The closing plenary may have no end: the event then ends when it starts (RFC 5545 3.6.1).
      end: new Date(segment.endsAt ?? segment.startsAt),
      summary: segment.title,
      description: description(segment),
      location: meeting.venue ?? null,
      url: segment.webcastUrl ?? null,
    });
  }
  return calendar.toString();
}

export const segmentUid = (meetingId: string, segmentId: string) => `${segmentId}.${meetingId}@nihil-obstat`;

function description(segment: PublicSegment): string | null {
  const lines = [segment.theme, segment.webcastUrl ? `Webcast: ${segment.webcastUrl}` : undefined].filter(Boolean);
  return lines.length ? lines.join('\n') : null;
}
