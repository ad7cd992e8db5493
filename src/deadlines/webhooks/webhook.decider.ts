import { CommandEnvelope, Decider } from '../../shared/domain/decider';
import { DomainError } from '../../shared/domain/domain-error';
import { requireRole } from '../../shared/domain/require-role';
import { isMemberState } from '../../shared/reference/reference-data';
import { MemberStateEvent } from './webhook.events';

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
    return [{ type: 'WebhookRegistered', schemaVersion: 1, data: { state: memberState, url: command.url } }];
  },

  evolve: (_state, event) => ({ url: event.data.url }),
};
