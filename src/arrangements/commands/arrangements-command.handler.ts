import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { meetingDecider } from '../../accreditation/domain/meeting.decider';
import { meetingStream } from '../../accreditation/domain/meeting.events';
import { CommandExecutor, CommandResult } from '../../event-store/commands/command-executor';
import { RequestContext } from '../../shared/auth/request-context.decorator';
import { Clock } from '../../shared/clock';
import { DistributiveOmit } from '../../shared/domain/decider';
import { ArrangementsCommand } from '../domain/arrangements.commands';
import { arrangementsDecider } from '../domain/arrangements.decider';
import { ArrangementsEvent, arrangementsStream } from '../domain/arrangements.events';
import { takesSpeakers } from '../domain/programme';
import { speakersDecider, speakersStream } from '../domain/speakers';
import { NgoEntryLookup } from './ngo-entry.lookup';

/** An arrangements command as the edge states it; the handler adds the actor, the time and facts from other streams. */
export type ArrangementsCommandInput = DistributiveOmit<
  ArrangementsCommand,
  'actor' | 'now' | 'meetingId' | 'meeting' | 'segmentsWithSpeakers' | 'entry'
>;

export class ExecuteArrangementsCommand extends Command<CommandResult<ArrangementsEvent>> {
  constructor(readonly meetingId: string, readonly input: ArrangementsCommandInput, readonly context: RequestContext) {
    super();
  }
}

/** Every command on a meeting's arrangements: one stream per meeting, decided by the pure arrangements decider. */
@CommandHandler(ExecuteArrangementsCommand)
export class ArrangementsCommandHandler implements ICommandHandler<ExecuteArrangementsCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly entries: NgoEntryLookup,
  ) {}

  async execute({ meetingId, input, context }: ExecuteArrangementsCommand): Promise<CommandResult<ArrangementsEvent>> {
    const meeting = await this.executor.read(meetingStream(meetingId), meetingDecider);
    const command = { ...input, meetingId, meeting: { exists: meeting.exists }, actor: context.actor, now: this.clock.now() } as ArrangementsCommand;
    if (command.kind === 'SetProgramme') command.segmentsWithSpeakers = await this.segmentsWithSpeakers(meetingId);
    if (command.kind === 'IdentifyOpeningSpeaker' && command.entryId) command.entry = await this.entries.find(meetingId, command.entryId);
    return this.executor.execute(arrangementsStream(meetingId), arrangementsDecider, command, context);
  }

  /** The plenary meetings of the current programme that already have inscribed speakers. */
  private async segmentsWithSpeakers(meetingId: string): Promise<string[]> {
    const current = await this.executor.read(arrangementsStream(meetingId), arrangementsDecider);
    const plenaries = (current.programme ?? []).filter((segment) => takesSpeakers(segment.kind));
    const lists = await Promise.all(plenaries.map((s) => this.executor.read(speakersStream(meetingId, s.id), speakersDecider)));
    return plenaries.filter((_, index) => lists[index].states.length > 0).map((segment) => segment.id);
  }
}
