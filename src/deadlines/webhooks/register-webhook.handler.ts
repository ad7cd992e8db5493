import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../event-store/commands/command-executor';
import { Clock } from '../../kernel/clock';
import { TRUSTING_ENVIRONMENTS } from '../../platform/auth/auth-settings';
import { RequestContext } from '../../platform/auth/request-context.decorator';
import { APP_CONFIG, AppConfig } from '../../platform/config';
import { RegisterWebhook, webhookDecider } from '../domain/webhook.decider';
import { memberStateStream } from '../domain/webhook.events';
import { withFreshSecret, WithSecret } from './fresh-secret';
import { HostResolver } from './host-resolver';
import { WebhookSecretStore } from './webhook-secret.store';

export class RegisterWebhookCommand extends Command<WithSecret> {
  constructor(
    readonly url: string,
    readonly context: RequestContext,
  ) {
    super();
  }
}

/**
 * Where reminders of deadlines are POSTed for the caller's State (stream `member-state-<code>`). The host is
 * resolved here, and the addresses passed to the decider as facts; the first registration issues the secret.
 */
@CommandHandler(RegisterWebhookCommand)
export class RegisterWebhookHandler implements ICommandHandler<RegisterWebhookCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly resolver: HostResolver,
    private readonly secrets: WebhookSecretStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ url, context }: RegisterWebhookCommand): Promise<WithSecret> {
    const state = context.actor.state ?? '';
    const allowPrivate = this.config.webhooks.allowPrivate;
    const addresses = allowPrivate ? [] : await this.addressesOf(url);
    const now = this.clock.now();
    return withFreshSecret(this.secrets, state, now, (secretFingerprint) => {
      const command: RegisterWebhook = {
        kind: 'RegisterWebhook',
        url,
        // Fail closed: only development and test (where anyone may mint a token anyway) take http.
        requireHttps: !TRUSTING_ENVIRONMENTS.includes(this.config.nodeEnv),
        allowPrivate,
        addresses,
        secretFingerprint,
        actor: context.actor,
        now,
      };
      return this.executor.execute(memberStateStream(state), webhookDecider, command, context);
    });
  }

  private addressesOf(url: string): Promise<string[]> {
    return URL.canParse(url) ? this.resolver.resolve(new URL(url).hostname) : Promise.resolve([]);
  }
}
