import { DomainEvent, eventBuilder } from '../../kernel/decider';

/** Where a Member State wants reminders of deadlines POSTed. */
export type WebhookRegistered = DomainEvent<'WebhookRegistered', { state: string; url: string }>;

export type MemberStateEvent = WebhookRegistered;

export const MEMBER_STATE_EVENT_VERSIONS: Readonly<Record<MemberStateEvent['type'], number>> = { WebhookRegistered: 1 };

export const memberStateEvent = eventBuilder<MemberStateEvent>(MEMBER_STATE_EVENT_VERSIONS);

export const MEMBER_STATE_STREAM_PREFIX = 'member-state-';
export const memberStateStream = (state: string) => `${MEMBER_STATE_STREAM_PREFIX}${state}`;
