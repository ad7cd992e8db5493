import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AccreditationFacts } from '../../accreditation/accreditation.public';
import { CommandExecutor, CommandResult } from '../../event-store/commands/command-executor';
import { Clock } from '../../kernel/clock';
import { DistributiveOmit } from '../../kernel/decider';
import { RequestContext } from '../../platform/auth/request-context.decorator';
import { ArrangementsCommand } from '../domain/arrangements.commands';
import { arrangementsDecider } from '../domain/arrangements.decider';
import { ArrangementsEvent, arrangementsStream } from '../domain/arrangements.events';
import { takesSpeakers } from '../domain/segments';
import { speakersDecider, speakersStream } from '../domain/speakers';

/** What an arrangements command adds to the edge's input: the meeting, the actor and the time. */
type ArrangementsEnvelope = Pick<ArrangementsCommand, 'meetingId' | 'meeting' | 'actor' | 'now'>;

/** An arrangements command as the edge states it; the handler adds the actor, the time and facts from other streams. */
export type ArrangementsCommandInput = DistributiveOmit<ArrangementsCommand, keyof ArrangementsEnvelope | 'segmentsWithSpeakers' | 'entry'>;

export class ExecuteArrangementsCommand extends Command<CommandResult<ArrangementsEvent>> {
  constructor(
    readonly meetingId: string,
    readonly input: ArrangementsCommandInput,
    readonly context: RequestContext,
  ) {
    super();
  }
}

/** Every command on a meeting's arrangements: one stream per meeting, decided by the pure arrangements decider. */
@CommandHandler(ExecuteArrangementsCommand)
export class ArrangementsCommandHandler implements ICommandHandler<ExecuteArrangementsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly accreditation: AccreditationFacts,
  ) {}

  async execute({ meetingId, input, context }: ExecuteArrangementsCommand): Promise<CommandResult<ArrangementsEvent>> {
    const meeting = { exists: await this.accreditation.meetingExists(meetingId) };
    const command = await this.complete(input, { meetingId, meeting, actor: context.actor, now: this.clock.now() });
    return this.executor.execute(arrangementsStream(meetingId), arrangementsDecider, command, context);
  }

  /** The command as decided: the input, its envelope, and the facts the decider needs from other streams. */
  private async complete(input: ArrangementsCommandInput, envelope: ArrangementsEnvelope): Promise<ArrangementsCommand> {
    switch (input.kind) {
      case 'SetProgramme':
        return { ...input, ...envelope, segmentsWithSpeakers: await this.segmentsWithSpeakers(envelope.meetingId) };
      case 'IdentifyOpeningSpeaker': {
        const entry = input.entryId ? await this.accreditation.entry(envelope.meetingId, input.entryId) : undefined;
        return { ...input, ...envelope, ...(entry ? { entry } : {}) };
      }
      default:
        return { ...input, ...envelope };
    }
  }

  /** The plenary meetings of the current programme that already have inscribed speakers. */
  private async segmentsWithSpeakers(meetingId: string): Promise<string[]> {
    const current = await this.executor.read(arrangementsStream(meetingId), arrangementsDecider);
    const plenaries = (current.programme ?? []).filter((segment) => takesSpeakers(segment.kind));
    const lists = await Promise.all(plenaries.map((s) => this.executor.read(speakersStream(meetingId, s.id), speakersDecider)));
    return plenaries.filter((_, index) => lists[index].states.length > 0).map((segment) => segment.id);
  }
}
