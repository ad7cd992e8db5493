import { DomainEvent } from '../../shared/domain/decider';

/** Where a Member State wants reminders of deadlines POSTed. */
export type WebhookRegistered = DomainEvent<'WebhookRegistered', { state: string; url: string }>;

export type MemberStateEvent = WebhookRegistered;

export const memberStateStream = (state: string) => `member-state-${state}`;
