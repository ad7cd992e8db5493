import { Inject, Injectable } from '@nestjs/common';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { maskedWebhookUrl } from '../../kernel/masked-address';
import { APP_CONFIG, AppConfig } from '../../platform/config';
import { classifyAddress } from '../domain/webhook-address';
import { WebhookDeliveryJob } from '../scheduled-job';
import { HostResolver } from './host-resolver';
import { postToAddress } from './pinned-post';
import { WebhookSecretStore } from './webhook-secret.store';
import { signedHeaders } from './webhook-signature';
import { WebhookDocument, WEBHOOKS_PREFIX, WEBHOOKS_PROJECTION } from './webhooks.projection';

const DELIVERY_TIMEOUT_MS = 10_000;

/**
 * One signed POST of a job to a State's webhook. The host is resolved and checked again at each attempt (it
 * may point elsewhere since registration) and the connection goes to the address checked. A refused or
 * unanswered delivery, or a redirect, throws, so the scheduler retries it with backoff.
 */
@Injectable()
export class WebhookDelivery {
  constructor(
    private readonly resolver: HostResolver,
    private readonly secrets: WebhookSecretStore,
    private readonly documents: ProjectionStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliver(job: WebhookDeliveryJob): Promise<void> {
    const url = new URL(job.url);
    const secret = this.currentSecret(job.state);
    const address = await this.checkedAddress(url);
    const body = JSON.stringify(job.body);
    // The receiver checks the timestamp against its own clock (replay protection): the machine's time, not the engine's clock.
    const headers = { ...signedHeaders(secret, job.id, body, new Date()), 'x-nihil-obstat-delivery': job.id };
    const status = await postToAddress(url, address, headers, body, DELIVERY_TIMEOUT_MS);
    if (status >= 300 && status < 400) throw new Error(`${shown(url)} answered HTTP ${status}, a redirect; deliveries never follow one`);
    if (status < 200 || status >= 300) throw new Error(`${shown(url)} answered HTTP ${status}`);
  }

  private currentSecret(state: string): string {
    const hook = this.documents.get<WebhookDocument>(WEBHOOKS_PROJECTION, `${WEBHOOKS_PREFIX}${state}`);
    const secret = hook?.secretFingerprint && this.secrets.secret(state, hook.secretFingerprint);
    if (!secret) {
      throw new Error(
        `${state} has no webhook signing secret here; it must rotate it (POST /v1/member-states/me/webhook/secret) to receive deliveries`,
      );
    }
    return secret;
  }

  private async checkedAddress(url: URL): Promise<string> {
    const addresses = await this.resolver.resolve(url.hostname);
    if (addresses.length === 0) throw new Error(`${url.hostname} does not resolve`);
    const refused = addresses.filter((address) => classifyAddress(address) !== 'public');
    if (!this.config.webhooks.allowPrivate && refused.length > 0) {
      throw new Error(`${url.hostname} now resolves to an address that is not public (${refused.join(', ')}); not delivered`);
    }
    return addresses[0];
  }
}

/** The URL without user name, password (a URL registered before they were refused may carry them) or query values (tokens). */
function shown(url: URL): string {
  return maskedWebhookUrl(url.href);
}
