import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor, CommandResult } from '../../event-store/commands/command-executor';
import { Clock } from '../../kernel/clock';
import { RequestContext } from '../../platform/auth/request-context.decorator';
import { APP_CONFIG, AppConfig } from '../../platform/config';
import { RegisterWebhook, webhookDecider } from '../domain/webhook.decider';
import { MemberStateEvent, memberStateStream } from '../domain/webhook.events';

export class RegisterWebhookCommand extends Command<CommandResult<MemberStateEvent>> {
  constructor(
    readonly url: string,
    readonly context: RequestContext,
  ) {
    super();
  }
}

/** Where reminders of deadlines are POSTed for the caller's State (stream `member-state-<code>`). */
@CommandHandler(RegisterWebhookCommand)
export class RegisterWebhookHandler implements ICommandHandler<RegisterWebhookCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({ url, context }: RegisterWebhookCommand): Promise<CommandResult<MemberStateEvent>> {
    const requireHttps = this.config.nodeEnv === 'production';
    const command: RegisterWebhook = { kind: 'RegisterWebhook', url, requireHttps, actor: context.actor, now: this.clock.now() };
    return this.executor.execute(memberStateStream(context.actor.state ?? ''), webhookDecider, command, context);
  }
}
