import { StoredEvent } from '../../event-store/event-store.port';
import { DocumentWriter, Projection } from '../../kernel/projection';
import { WebhookRegistered, WebhookSecretRotated } from '../domain/webhook.events';

export const WEBHOOKS_PROJECTION = 'webhooks';
export const WEBHOOKS_PREFIX = 'webhook/';

const keyOf = (state: string) => `${WEBHOOKS_PREFIX}${state}`;

export interface WebhookDocument {
  state: string;
  url: string;
  registeredAt: string;
  /** Which kept secret signs the State's deliveries (the secret itself is never in a view). */
  secretFingerprint?: string;
  secretRotatedAt?: string;
}

/** The webhook each Member State registered last, and the fingerprint of its current signing secret. */
export class WebhooksProjection implements Projection {
  readonly name = WEBHOOKS_PROJECTION;
  readonly version = 2;

  apply(event: StoredEvent, documents: DocumentWriter): void {
    if (event.type === 'WebhookRegistered') {
      const { state, url } = event.data as WebhookRegistered['data'];
      const previous = documents.get<WebhookDocument>(keyOf(state));
      documents.put<WebhookDocument>(keyOf(state), { ...previous, state, url, registeredAt: event.metadata.occurredAt });
    } else if (event.type === 'WebhookSecretRotated') {
      const { state, fingerprint } = event.data as WebhookSecretRotated['data'];
      const hook = documents.get<WebhookDocument>(keyOf(state));
      if (hook)
        documents.put<WebhookDocument>(keyOf(state), {
          ...hook,
          secretFingerprint: fingerprint,
          secretRotatedAt: event.metadata.occurredAt,
        });
    }
  }
}
