import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CommandExecutor, CommandResult } from '../../event-store/commands/command-executor';
import { Clock } from '../../kernel/clock';
import { DistributiveOmit } from '../../kernel/decider';
import { RequestContext } from '../../platform/auth/request-context.decorator';
import { APP_CONFIG, AppConfig } from '../../platform/config';
import { PersonalDataVault } from '../../platform/personal-data/personal-data-vault';
import { sealedContacts } from './sealed-contacts';
import { ListCommand } from '../domain/list.commands';
import { listDecider } from '../domain/list.decider';
import { ListEvent, listStream } from '../domain/list.events';
import { meetingDecider } from '../domain/meeting.decider';
import { meetingStream } from '../domain/meeting.events';
import { BATCH_DEADLINES, BatchDeadlines } from './batch-deadlines.port';

/** What a list command adds to the edge's input: its address, the actor and the time. */
type ListEnvelope = Pick<ListCommand, 'meetingId' | 'listId' | 'actor' | 'now'>;

/** A list command as the edge states it; the handler adds the actor, the time and derived facts. */
export type ListCommandInput = DistributiveOmit<ListCommand, keyof ListEnvelope | 'meeting' | 'entryIds' | 'maxDeadlineDays'>;

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
    @Inject(BATCH_DEADLINES) private readonly deadlines: BatchDeadlines,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ meetingId, listId, input, context }: ExecuteListCommand): Promise<CommandResult<ListEvent>> {
    const completed = await this.complete(input, { meetingId, listId, actor: context.actor, now: this.clock.now() });
    const { command, subjectIds } = await sealedContacts(completed, this.vault);
    const result = await this.executor
      .execute(listStream(meetingId, listId), listDecider, command, context)
      .catch(async (error: unknown) => {
        // The keys of a refused proposal name nothing in the log.
        await this.vault.destroy(subjectIds);
        throw error;
      });
    await this.scheduleDeadlines(meetingId, listId, result.events);
    return result;
  }

  /** The command as decided: the input, its envelope, and the facts the decider needs from elsewhere. */
  private async complete(input: ListCommandInput, envelope: ListEnvelope): Promise<ListCommand> {
    switch (input.kind) {
      case 'CreateList':
        return { ...input, ...envelope, meeting: await this.executor.read(meetingStream(envelope.meetingId), meetingDecider) };
      case 'ProposeEntries':
        return { ...input, ...envelope, entryIds: input.organizations.map(() => randomUUID()) };
      case 'SubmitBatch':
      case 'ExtendDeadline':
        return { ...input, ...envelope, maxDeadlineDays: this.config.maxDeadlineDays };
      default:
        return { ...input, ...envelope };
    }
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
