import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CausationContext, CommandExecutor } from '../../event-store/commands/command-executor';
import { Actor } from '../../kernel/events';
import { Clock } from '../../kernel/clock';
import { PersonalDataVault } from '../../platform/personal-data/personal-data-vault';
import { ErasePersonalData, erasureDecider } from '../domain/erasure.decider';
import { ERASURES_STREAM, ErasureRequest } from '../domain/erasure.events';
import { FoundSubjects } from './erasure-subjects';

export interface ErasedSubject {
  subjectId: string;
  kind: string;
  /** The entry, representative or State the subject belongs to. */
  reference: string;
  meetingId?: string;
}

export interface NotErasableSubject {
  entryId: string;
  meetingId: string;
  listId: string;
  /** Written in the clear before version 1.2: no key can erase it. */
  reason: 'stored-in-the-clear';
}

export interface ErasureResult {
  erased: ErasedSubject[];
  notErasable: NotErasableSubject[];
  position: string;
}

export class ErasePersonalDataCommand extends Command<ErasureResult> {
  constructor(
    readonly found: FoundSubjects,
    readonly reason: string,
    readonly context: CausationContext & { actor: Actor },
  ) {
    super();
  }
}

/**
 * The erasure is appended first (an event without the data), then the keys are destroyed: a crash between the
 * two leaves keys the log says are erased, which the retention's next pass destroys (PersonalDataRetention).
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataCommand> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ found, reason, context }: ErasePersonalDataCommand): Promise<ErasureResult> {
    const command = erasureCommand(found.request, found, reason, context.actor, this.clock.now());
    const result = await this.executor.execute(ERASURES_STREAM, erasureDecider, command, context);
    const erasedNow = new Set(result.events.flatMap((event) => event.data.subjectIds));
    await this.vault.destroy([...erasedNow]);
    return {
      erased: found.subjects
        .filter((s) => erasedNow.has(s.subjectId))
        .map(({ subjectId, kind, reference, meetingId }) => ({
          subjectId,
          kind,
          reference,
          ...(meetingId ? { meetingId } : {}),
        })),
      notErasable: found.notErasable.map(({ entryId, meetingId, listId }) => ({
        entryId,
        meetingId,
        listId,
        reason: 'stored-in-the-clear',
      })),
      position: result.position,
    };
  }
}

function erasureCommand(request: ErasureRequest, found: FoundSubjects, reason: string, actor: Actor, now: Date): ErasePersonalData {
  return {
    kind: 'ErasePersonalData',
    request,
    reason,
    subjectIds: found.subjects.map((s) => s.subjectId),
    notErasable: found.notErasable.map((c) => c.entryId),
    actor,
    now,
  };
}
