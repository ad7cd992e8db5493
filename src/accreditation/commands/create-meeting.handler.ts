import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandExecutor } from '../../event-store/commands/command-executor';
import { Position } from '../../event-store/event-store.port';
import { RequestContext } from '../../platform/auth/request-context.decorator';
import { Clock } from '../../kernel/clock';
import { CreateMeeting, meetingDecider } from '../domain/meeting.decider';
import { meetingStream } from '../domain/meeting.events';

type CreateMeetingInput = Omit<CreateMeeting, 'kind' | 'actor' | 'now'>;

export class CreateMeetingCommand extends Command<{ id: string; position: Position }> {
  constructor(
    readonly input: CreateMeetingInput,
    readonly context: RequestContext,
  ) {
    super();
  }
}

@CommandHandler(CreateMeetingCommand)
export class CreateMeetingHandler implements ICommandHandler<CreateMeetingCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
  ) {}

  async execute({ input, context }: CreateMeetingCommand) {
    const command: CreateMeeting = { kind: 'CreateMeeting', ...input, actor: context.actor, now: this.clock.now() };
    const result = await this.executor.execute(meetingStream(input.meetingId), meetingDecider, command, context);
    return { id: input.meetingId, position: result.position };
  }
}
