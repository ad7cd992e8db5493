import { CapabilityManifest, meetingAfterPrefix } from '../kernel/manifest';
import { ACCREDITATION_LIVE_VIEWS } from './accreditation.live';
import { listDecider } from './domain/list.decider';
import { LIST_EVENT_VERSIONS, LIST_STREAM_PREFIX } from './domain/list.events';
import { meetingDecider } from './domain/meeting.decider';
import { MEETING_EVENT_VERSIONS, MEETING_STREAM_PREFIX } from './domain/meeting.events';
import { ListsProjection } from './projections/lists.projection';
import { MeetingsProjection } from './projections/meetings.projection';

/** Meetings and their stakeholder lists (resolution paragraphs 8 and 9). */
export const accreditationManifest: CapabilityManifest = {
  name: 'accreditation',
  streams: [
    {
      prefix: MEETING_STREAM_PREFIX,
      decider: meetingDecider,
      events: MEETING_EVENT_VERSIONS,
      dateFields: {},
      meetingOf: meetingAfterPrefix(MEETING_STREAM_PREFIX),
    },
    {
      prefix: LIST_STREAM_PREFIX,
      decider: listDecider,
      events: LIST_EVENT_VERSIONS,
      dateFields: { SubmitBatch: ['deadline'], ExtendDeadline: ['deadline'] },
      meetingOf: meetingAfterPrefix(LIST_STREAM_PREFIX),
    },
  ],
  projections: [() => new MeetingsProjection(), () => new ListsProjection()],
  liveViews: ACCREDITATION_LIVE_VIEWS,
};
