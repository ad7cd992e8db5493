import { StoredEvent } from '../../event-store/event-store.port';
import { DocumentWriter, Projection } from '../../kernel/projection';
import { WebhookRegistered } from '../domain/webhook.events';

export const WEBHOOKS_PROJECTION = 'webhooks';
export const WEBHOOKS_PREFIX = 'webhook/';

export interface WebhookDocument {
  state: string;
  url: string;
  registeredAt: string;
}

/** The webhook each Member State registered last. */
export class WebhooksProjection implements Projection {
  readonly name = WEBHOOKS_PROJECTION;
  readonly version = 1;

  apply(event: StoredEvent, documents: DocumentWriter): void {
    if (event.type !== 'WebhookRegistered') return;
    const { state, url } = event.data as WebhookRegistered['data'];
    documents.put<WebhookDocument>(`${WEBHOOKS_PREFIX}${state}`, { state, url, registeredAt: event.metadata.occurredAt });
  }
}
