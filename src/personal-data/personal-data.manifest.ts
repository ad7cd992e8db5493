import { CapabilityManifest } from '../kernel/manifest';
import { erasureDecider } from './domain/erasure.decider';
import { PERSONAL_DATA_EVENT_VERSIONS, PERSONAL_DATA_STREAM_PREFIX } from './domain/erasure.events';
import { PERSONAL_DATA_LIVE_VIEWS } from './personal-data.live';

/** Personal data (contract 1.2): its erasures, on request and by retention. The keys live outside the log (platform/personal-data). */
export const personalDataManifest: CapabilityManifest = {
  name: 'personal-data',
  streams: [{ prefix: PERSONAL_DATA_STREAM_PREFIX, decider: erasureDecider, events: PERSONAL_DATA_EVENT_VERSIONS, dateFields: {} }],
  projections: [],
  liveViews: PERSONAL_DATA_LIVE_VIEWS,
};
