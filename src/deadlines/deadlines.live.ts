import { LiveMapping } from '../kernel/live-views';
import { MemberStateEvent } from './domain/webhook.events';

/**
 * A Member State's webhook belongs to no meeting's view: only that State reads it, and its console
 * refreshes it after its own command.
 */
export const DEADLINES_LIVE_VIEWS: Record<MemberStateEvent['type'], LiveMapping> = {
  WebhookRegistered: () => [],
  WebhookSecretRotated: () => [],
};
