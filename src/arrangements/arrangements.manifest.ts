import { CapabilityManifest, meetingAfterPrefix } from '../kernel/manifest';
import { ARRANGEMENTS_LIVE_VIEWS } from './arrangements.live';
import { arrangementsDecider } from './domain/arrangements.decider';
import { ARRANGEMENTS_EVENT_VERSIONS, ARRANGEMENTS_STREAM_PREFIX } from './domain/arrangements.events';
import { SPEAKERS_EVENT_VERSIONS, SPEAKERS_STREAM_PREFIX, speakersDecider } from './domain/speakers';
import { ArrangementsProjection } from './projections/arrangements.projection';
import { SpeakersProjection } from './projections/speakers.projection';

/** Programme, panel chairs, opening speakers, lists of speakers, finalization (paragraphs 1, 2, 3, 5 and 10). */
export const arrangementsManifest: CapabilityManifest = {
  name: 'arrangements',
  streams: [
    {
      prefix: ARRANGEMENTS_STREAM_PREFIX,
      decider: arrangementsDecider,
      events: ARRANGEMENTS_EVENT_VERSIONS,
      dateFields: { SetProgramme: ['segments[].startsAt', 'segments[].endsAt'] },
      meetingOf: meetingAfterPrefix(ARRANGEMENTS_STREAM_PREFIX),
    },
    {
      prefix: SPEAKERS_STREAM_PREFIX,
      decider: speakersDecider,
      events: SPEAKERS_EVENT_VERSIONS,
      dateFields: {},
      meetingOf: meetingAfterPrefix(SPEAKERS_STREAM_PREFIX),
    },
  ],
  projections: [() => new ArrangementsProjection(), () => new SpeakersProjection()],
  liveViews: ARRANGEMENTS_LIVE_VIEWS,
};
