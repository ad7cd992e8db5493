import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AccreditationFacts } from '../../accreditation/accreditation.public';
import { CommandExecutor, CommandResult } from '../../event-store/commands/command-executor';
import { Clock } from '../../kernel/clock';
import { DistributiveOmit } from '../../kernel/decider';
import { RequestContext } from '../../platform/auth/request-context.decorator';
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
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly accreditation: AccreditationFacts,
  ) {}

  async execute({ meetingId, segmentId, input, context }: ExecuteSpeakersCommand): Promise<CommandResult<SpeakersEvent>> {
    const facts = await this.segmentFacts(meetingId, segmentId);
    const command: SpeakersCommand = { ...input, meetingId, segmentId, facts, actor: context.actor, now: this.clock.now() };
    return this.executor.execute(speakersStream(meetingId, segmentId), speakersDecider, command, context);
  }

  private async segmentFacts(meetingId: string, segmentId: string): Promise<SegmentFacts> {
    const meetingExists = await this.accreditation.meetingExists(meetingId);
    const arrangements = await this.executor.read(arrangementsStream(meetingId), arrangementsDecider);
    const segment = arrangements.programme?.find((s) => s.id === segmentId);
    return { meetingExists, ...(segment ? { segment: { id: segment.id, kind: segment.kind } } : {}) };
  }
}
