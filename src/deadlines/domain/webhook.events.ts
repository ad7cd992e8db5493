import { DomainEvent, eventBuilder } from '../../kernel/decider';

/** Where a Member State wants reminders of deadlines POSTed. */
export type WebhookRegistered = DomainEvent<'WebhookRegistered', { state: string; url: string }>;

/**
 * The State's deliveries are signed with a new secret from now on. The secret itself is kept outside the
 * log (the audit exports the log): the event names it by its fingerprint, and the one it replaces.
 */
export type WebhookSecretRotated = DomainEvent<'WebhookSecretRotated', { state: string; fingerprint: string; replaces?: string }>;

export type MemberStateEvent = WebhookRegistered | WebhookSecretRotated;

export const MEMBER_STATE_EVENT_VERSIONS: Readonly<Record<MemberStateEvent['type'], number>> = {
  WebhookRegistered: 1,
  WebhookSecretRotated: 1,
};

export const memberStateEvent = eventBuilder<MemberStateEvent>(MEMBER_STATE_EVENT_VERSIONS);

export const MEMBER_STATE_STREAM_PREFIX = 'member-state-';
export const memberStateStream = (state: string) => `${MEMBER_STATE_STREAM_PREFIX}${state}`;
