import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { meetingDecider } from '../../accreditation/domain/meeting.decider';
import { meetingStream } from '../../accreditation/domain/meeting.events';
import { CommandExecutor, CommandResult } from '../../event-store/commands/command-executor';
import { RequestContext } from '../../shared/auth/request-context.decorator';
import { Clock } from '../../shared/clock';
import { DistributiveOmit } from '../../shared/domain/decider';
import { arrangementsDecider } from '../domain/arrangements.decider';
import { arrangementsStream } from '../domain/arrangements.events';
import { SegmentFacts, SpeakersCommand, speakersDecider, SpeakersEvent, speakersStream } from '../domain/speakers';

export type SpeakersCommandInput = DistributiveOmit<SpeakersCommand, 'actor' | 'now' | 'meetingId' | 'segmentId' | 'facts'>;

export class ExecuteSpeakersCommand extends Command<CommandResult<SpeakersEvent>> {
  constructor(
    readonly meetingId: string,
    readonly segmentId: string,
    readonly input: SpeakersCommandInput,
    readonly context: RequestContext,
  ) {
    super();
  }
}

/** Inscriptions and closure of the list of speakers of one plenary meeting (stream `speakers-<meetingId>.<segmentId>`). */
@CommandHandler(ExecuteSpeakersCommand)
export class SpeakersCommandHandler implements ICommandHandler<ExecuteSpeakersCommand> {
  constructor(private readonly executor: CommandExecutor, private readonly clock: Clock) {}

  async execute({ meetingId, segmentId, input, context }: ExecuteSpeakersCommand): Promise<CommandResult<SpeakersEvent>> {
    const facts = await this.segmentFacts(meetingId, segmentId);
    const command = { ...input, meetingId, segmentId, facts, actor: context.actor, now: this.clock.now() } as SpeakersCommand;
    return this.executor.execute(speakersStream(meetingId, segmentId), speakersDecider, command, context);
  }

  private async segmentFacts(meetingId: string, segmentId: string): Promise<SegmentFacts> {
    const meeting = await this.executor.read(meetingStream(meetingId), meetingDecider);
    const arrangements = await this.executor.read(arrangementsStream(meetingId), arrangementsDecider);
    const segment = arrangements.programme?.find((s) => s.id === segmentId);
    return { meetingExists: meeting.exists, ...(segment ? { segment: { id: segment.id, kind: segment.kind } } : {}) };
  }
}
