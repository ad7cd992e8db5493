import { fail } from '../../kernel/domain-error';
import { classifyAddress } from './webhook-address';

/** What the handler found out about a webhook URL before the decision (resolving a name is I/O). */
export interface WebhookUrlFacts {
  /** Every address the URL's host resolved to when the command arrived (an address literal: itself); empty when it did not resolve. */
  addresses: string[];
  /** WEBHOOK_ALLOW_PRIVATE: addresses are not checked (and the host was not resolved). */
  allowPrivate: boolean;
  /** Only https, except in development and test; the edge says which applies. */
  requireHttps: boolean;
}

const refuse = (message: string): never => fail('VALIDATION_FAILED', message, [{ field: 'url', problems: [message] }]);

/** Refuses a URL the engine must not call. Messages never repeat the URL: it may hold a password. */
export function checkWebhookUrl(text: string, facts: WebhookUrlFacts): void {
  const url = URL.canParse(text) ? new URL(text) : refuse('The webhook URL is not a valid URL; give an absolute http(s) URL.');
  if (url.username || url.password) {
    refuse(
      'The webhook URL may not carry a user name or password; authenticate deliveries by their signature (webhook-signature) instead.',
    );
  }
  const allowed = facts.requireHttps ? ['https:'] : ['https:', 'http:'];
  if (!allowed.includes(url.protocol)) refuse(`The webhook URL must use ${facts.requireHttps ? 'https' : 'http or https'}.`);
  if (facts.allowPrivate) return;
  // Commands recorded before hosts were resolved carry no addresses: the decision replay reports them refused.
  const addresses: string[] = facts.addresses ?? [];
  if (addresses.length === 0) refuse(`The webhook host "${url.hostname}" does not resolve; register a host name with public DNS records.`);
  if (addresses.some((address) => classifyAddress(address) !== 'public')) {
    refuse(
      `The webhook host "${url.hostname}" is or resolves to an address that is not public (loopback, private, link-local, ` +
        'multicast, unspecified or reserved); register a host reachable on the public internet.',
    );
  }
}
