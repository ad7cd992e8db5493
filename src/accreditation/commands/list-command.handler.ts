import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { DeadlinePlanner } from '../../deadlines/deadline-planner';
import { CommandExecutor, CommandResult } from '../../event-store/commands/command-executor';
import { RequestContext } from '../../shared/auth/request-context.decorator';
import { Clock } from '../../shared/clock';
import { DistributiveOmit } from '../../shared/domain/decider';
import { meetingDecider } from '../domain/meeting.decider';
import { meetingStream } from '../domain/meeting.events';
import { ListCommand } from '../domain/list.commands';
import { listDecider } from '../domain/list.decider';
import { ListEvent, listStream } from '../domain/list.events';

/** A list command as the edge states it; the handler adds the actor, the time and derived facts. */
export type ListCommandInput = DistributiveOmit<ListCommand, 'actor' | 'now' | 'meeting' | 'entryIds' | 'meetingId' | 'listId'>;

export class ExecuteListCommand extends Command<CommandResult<ListEvent>> {
  constructor(
    readonly meetingId: string,
    readonly listId: string,
    readonly input: ListCommandInput,
    readonly context: RequestContext,
  ) {
    super();
  }
}

/** Every command on a stakeholder list: one stream per list, decided by the pure list decider. */
@CommandHandler(ExecuteListCommand)
export class ListCommandHandler implements ICommandHandler<ExecuteListCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly deadlines: DeadlinePlanner,
  ) {}

  async execute({ meetingId, listId, input, context }: ExecuteListCommand): Promise<CommandResult<ListEvent>> {
    const command = { ...input, meetingId, listId, actor: context.actor, now: this.clock.now() } as ListCommand;
    if (command.kind === 'CreateList') command.meeting = await this.executor.read(meetingStream(meetingId), meetingDecider);
    if (command.kind === 'ProposeEntries') command.entryIds = command.organizations.map(() => randomUUID());
    const result = await this.executor.execute(listStream(meetingId, listId), listDecider, command, context);
    await this.scheduleDeadlines(meetingId, listId, result.events);
    return result;
  }

  /** Best effort: reconciliation re-arms any deadline this misses (a crash, Redis away). */
  private async scheduleDeadlines(meetingId: string, listId: string, events: ListEvent[]): Promise<void> {
    for (const event of events) {
      if (event.type === 'BatchSubmitted' || event.type === 'BatchDeadlineExtended') {
        await this.deadlines.planBatchQuietly(meetingId, listId, event.data.batch);
      }
    }
  }
}
