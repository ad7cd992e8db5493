import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../event-store/commands/command-executor';
import { Clock } from '../../kernel/clock';
import { RequestContext } from '../../platform/auth/request-context.decorator';
import { RotateWebhookSecret, webhookDecider } from '../domain/webhook.decider';
import { memberStateStream } from '../domain/webhook.events';
import { withFreshSecret, WithSecret } from './fresh-secret';
import { WebhookSecretStore } from './webhook-secret.store';

export class RotateWebhookSecretCommand extends Command<WithSecret> {
  constructor(readonly context: RequestContext) {
    super();
  }
}

/** A new signing secret for the caller's State; the one it replaces signs nothing more. */
@CommandHandler(RotateWebhookSecretCommand)
export class RotateWebhookSecretHandler implements ICommandHandler<RotateWebhookSecretCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly secrets: WebhookSecretStore,
  ) {}

  execute({ context }: RotateWebhookSecretCommand): Promise<WithSecret> {
    const state = context.actor.state ?? '';
    const now = this.clock.now();
    return withFreshSecret(this.secrets, state, now, (secretFingerprint) => {
      const command: RotateWebhookSecret = { kind: 'RotateWebhookSecret', secretFingerprint, actor: context.actor, now };
      return this.executor.execute(memberStateStream(state), webhookDecider, command, context);
    });
  }
}
