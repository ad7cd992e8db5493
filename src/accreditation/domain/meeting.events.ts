import { DomainEvent, eventBuilder } from '../../kernel/decider';

export const OBJECTION_DISCLOSURES = ['none', 'organizations', 'organizations-and-states'] as const;
export type ObjectionDisclosure = (typeof OBJECTION_DISCLOSURES)[number];

/** How one meeting runs its non-objection procedure (a policy choice of its modalities resolution). */
export interface MeetingPolicy {
  objectionDisclosure: ObjectionDisclosure;
  objectedGoToGeneralAssembly: boolean;
  /** ISO 8601 durations before each deadline at which Member States are reminded. */
  reminders: string[];
}

export const DEFAULT_POLICY: MeetingPolicy = {
  objectionDisclosure: 'organizations',
  objectedGoToGeneralAssembly: false,
  reminders: ['PT72H', 'PT24H'],
};

export type MeetingCreated = DomainEvent<
  'MeetingCreated',
  { meetingId: string; title: string; timezone: string; venue?: string; mandate: string[]; policy: MeetingPolicy }
>;

export type MeetingEvent = MeetingCreated;

export const MEETING_EVENT_VERSIONS: Readonly<Record<MeetingEvent['type'], number>> = { MeetingCreated: 1 };

export const meetingEvent = eventBuilder<MeetingEvent>(MEETING_EVENT_VERSIONS);

export const MEETING_STREAM_PREFIX = 'meeting-';
export const meetingStream = (meetingId: string) => `${MEETING_STREAM_PREFIX}${meetingId}`;
