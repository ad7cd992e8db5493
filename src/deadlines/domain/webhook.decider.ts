import { CommandEnvelope, Decider } from '../../kernel/decider';
import { DomainError } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { isMemberState } from '../../kernel/reference/reference-data';
import { MemberStateEvent, memberStateEvent } from './webhook.events';

export interface RegisterWebhook extends CommandEnvelope {
  kind: 'RegisterWebhook';
  url: string;
  /** In production only https is accepted; the edge says which applies. */
  requireHttps: boolean;
}

export interface WebhookState {
  url?: string;
}

export const webhookDecider: Decider<RegisterWebhook, MemberStateEvent, WebhookState> = {
  initialState: () => ({}),

  decide(command, state) {
    requireRole(command.actor, 'member-state', 'register a webhook');
    const memberState = command.actor.state;
    if (!memberState || !isMemberState(memberState)) throw new DomainError('FORBIDDEN', 'Only a Member State may register a webhook.');
    const protocol = new URL(command.url).protocol;
    if (command.requireHttps ? protocol !== 'https:' : protocol !== 'https:' && protocol !== 'http:') {
      throw new DomainError('VALIDATION_FAILED', `The webhook URL must use ${command.requireHttps ? 'https' : 'http or https'}.`);
    }
    if (state.url === command.url) return [];
    return [memberStateEvent('WebhookRegistered', { state: memberState, url: command.url })];
  },

  evolve: (_state, event) => ({ url: event.data.url }),
};
