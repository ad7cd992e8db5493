import { CommandEnvelope, Decider } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { isMemberState } from '../../kernel/reference/reference-data';
import { checkWebhookUrl, WebhookUrlFacts } from './webhook-url';
import { MemberStateEvent, memberStateEvent } from './webhook.events';

export interface RegisterWebhook extends CommandEnvelope, WebhookUrlFacts {
  kind: 'RegisterWebhook';
  url: string;
  /** The fingerprint of a fresh secret the handler has kept: it becomes the State's secret if it has none yet. */
  secretFingerprint: string;
}

export interface RotateWebhookSecret extends CommandEnvelope {
  kind: 'RotateWebhookSecret';
  /** The fingerprint of the fresh secret the handler has kept. */
  secretFingerprint: string;
}

export type MemberStateCommand = RegisterWebhook | RotateWebhookSecret;

export interface WebhookState {
  url?: string;
  secretFingerprint?: string;
}

export const webhookDecider: Decider<MemberStateCommand, MemberStateEvent, WebhookState> = {
  initialState: () => ({}),

  decide(command, state) {
    const memberState = callingState(command);
    return command.kind === 'RegisterWebhook' ? register(command, state, memberState) : rotate(command, state, memberState);
  },

  evolve: (state, event) =>
    event.type === 'WebhookRegistered' ? { ...state, url: event.data.url } : { ...state, secretFingerprint: event.data.fingerprint },
};

function callingState(command: MemberStateCommand): string {
  requireRole(command.actor, 'member-state', command.kind === 'RegisterWebhook' ? 'register a webhook' : "rotate its webhook's secret");
  const memberState = command.actor.state;
  if (!memberState || !isMemberState(memberState)) fail('FORBIDDEN', 'Only a Member State may register a webhook.');
  return memberState;
}

/** The first registration also issues the State's signing secret; a later one keeps it. */
function register(command: RegisterWebhook, state: WebhookState, memberState: string): MemberStateEvent[] {
  checkWebhookUrl(command.url, command);
  const events: MemberStateEvent[] = [];
  if (state.url !== command.url) events.push(memberStateEvent('WebhookRegistered', { state: memberState, url: command.url }));
  if (!state.secretFingerprint) events.push(secretRotated(memberState, command.secretFingerprint, state));
  return events;
}

function rotate(command: RotateWebhookSecret, state: WebhookState, memberState: string): MemberStateEvent[] {
  if (!state.url) {
    fail('INVALID_STATE', 'This State has no webhook yet; register one with PUT /v1/member-states/me/webhook, which issues its secret.');
  }
  return [secretRotated(memberState, command.secretFingerprint, state)];
}

function secretRotated(memberState: string, fingerprint: string, state: WebhookState): MemberStateEvent {
  const replaces = state.secretFingerprint;
  return memberStateEvent('WebhookSecretRotated', { state: memberState, fingerprint, ...(replaces ? { replaces } : {}) });
}
