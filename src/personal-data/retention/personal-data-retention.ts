import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ArrangementsQueries } from '../../arrangements/arrangements.public';
import { CommandExecutor } from '../../event-store/commands/command-executor';
import { ProjectionRunner } from '../../event-store/projections/projection-runner';
import { Clock } from '../../kernel/clock';
import { APP_CONFIG, AppConfig } from '../../platform/config';
import { PersonalDataVault } from '../../platform/personal-data/personal-data-vault';
import { ErasePersonalDataCommand } from '../commands/erase-personal-data.handler';
import { ErasureSubjects } from '../commands/erasure-subjects';
import { erasureDecider } from '../domain/erasure.decider';
import { ERASURES_STREAM } from '../domain/erasure.events';

const DAY_MS = 86_400_000;

/**
 * The log is the truth, as for deadlines: at start-up and at the deadlines' reconciliation interval, each pass
 * (1) destroys any key the log says is erased (a crash between an erasure's append and its keys' destruction),
 * and (2) with PERSONAL_DATA_RETENTION_DAYS set, erases, as actor `system`, the personal data of every meeting
 * that ended that many days ago. A pass missed while the engine was down happens at its next start.
 */
@Injectable()
export class PersonalDataRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PersonalData');
  private timer?: NodeJS.Timeout;
  private pass?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly vault: PersonalDataVault,
    private readonly executor: CommandExecutor,
    private readonly commands: CommandBus,
    private readonly subjects: ErasureSubjects,
    private readonly arrangements: ArrangementsQueries,
    private readonly projections: ProjectionRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projections.started;
    await this.reconcile();
    this.timer = setInterval(() => {
      this.pass ??= this.reconcile().finally(() => (this.pass = undefined));
    }, this.config.deadlines.reconcileIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.pass;
  }

  async reconcile(): Promise<void> {
    try {
      await this.finishErasures();
      if (this.config.personalData.retentionDays !== undefined) await this.eraseEndedMeetings(this.config.personalData.retentionDays);
    } catch (error) {
      this.logger.warn(`Personal data retention stopped short (${(error as Error).message}); the next pass will try again`);
    }
  }

  private async finishErasures(): Promise<void> {
    const { erased } = await this.executor.read(ERASURES_STREAM, erasureDecider);
    await this.vault.destroyKept([...erased]);
  }

  private async eraseEndedMeetings(days: number): Promise<void> {
    const now = this.clock.now().getTime();
    for (const meetingId of await this.vault.meetings()) {
      const end = this.arrangements.meetingEnd(meetingId);
      if (!end || new Date(end.at).getTime() + days * DAY_MS > now) continue;
      const meetingEnd = end.at;
      const found = await this.subjects.ofMeeting(meetingId);
      const request = { by: 'retention' as const, meetingId, meetingEnd, retentionDays: days };
      const reason = `Retention: ${days} days after the meeting ended (${meetingEnd}).`;
      // Engine work names the event that scheduled it (contract 1.2, Auditors): the programme that set the meeting's end.
      const fallback = `retention/${meetingId}/${meetingEnd}`;
      const { causationId, correlationId } = end.setBy
        ? { causationId: end.setBy.eventId, correlationId: end.setBy.correlationId }
        : { causationId: fallback, correlationId: fallback };
      const context = { actor: { role: 'system' as const, subject: 'retention' }, correlationId, causationId };
      const { erased } = await this.commands.execute(new ErasePersonalDataCommand({ request, ...found }, reason, context));
      this.logger.log(`Erased the personal data of meeting ${meetingId} (${erased.length} subjects): ${days} days after its end`);
    }
  }
}
