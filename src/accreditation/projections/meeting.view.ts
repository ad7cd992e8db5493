import { MeetingPolicy } from '../domain/meeting.events';

export interface OpeningSpeakerView {
  role: string;
  title: string;
  fixed: boolean;
  name?: string;
  organization?: string;
  entryId?: string;
  survivor?: boolean;
}

/** `GET /v1/meetings/:meetingId`, as the contract shapes it. */
export interface MeetingView {
  id: string;
  title: string;
  timezone: string;
  venue?: string;
  mandate: string[];
  policy: MeetingPolicy;
  programme: unknown[];
  panels: unknown[];
  openingSpeakers: OpeningSpeakerView[];
  arrangements: { status: 'open' | 'finalized' };
  createdAt: string;
}

/** Paragraph 2: these speak at every opening plenary by virtue of their office. */
export const FIXED_OPENING_SPEAKERS: OpeningSpeakerView[] = [
  { role: 'president-of-the-general-assembly', title: 'President of the General Assembly', fixed: true },
  { role: 'secretary-general', title: 'Secretary-General', fixed: true },
  { role: 'executive-director-unodc', title: 'Executive Director of UNODC', fixed: true },
];
