import { CapabilityManifest } from '../kernel/manifest';
import { DEADLINES_LIVE_VIEWS } from './deadlines.live';
import { webhookDecider } from './domain/webhook.decider';
import { MEMBER_STATE_EVENT_VERSIONS, MEMBER_STATE_STREAM_PREFIX } from './domain/webhook.events';
import { WebhooksProjection } from './webhooks/webhooks.projection';

/** Deadlines, reminders and the Member States' webhooks. */
export const deadlinesManifest: CapabilityManifest = {
  name: 'deadlines',
  streams: [{ prefix: MEMBER_STATE_STREAM_PREFIX, decider: webhookDecider, events: MEMBER_STATE_EVENT_VERSIONS, dateFields: {} }],
  projections: [() => new WebhooksProjection()],
  liveViews: DEADLINES_LIVE_VIEWS,
};
