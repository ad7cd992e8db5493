import { Module, OnModuleInit } from '@nestjs/common';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { CreateMeetingHandler } from './commands/create-meeting.handler';
import { ListCommandHandler } from './commands/list-command.handler';
import { BatchesController } from './http/batches.controller';
import { EntriesController } from './http/entries.controller';
import { ListsController } from './http/lists.controller';
import { MemberStatesController } from './http/member-states.controller';
import { ListQueries } from './projections/list.queries';
import { ListsProjection } from './projections/lists.projection';
import { MeetingsController } from './http/meetings.controller';
import { MeetingQueries } from './projections/meeting.queries';
import { MeetingsProjection } from './projections/meetings.projection';

@Module({
  controllers: [MeetingsController, ListsController, EntriesController, BatchesController, MemberStatesController],
  providers: [CreateMeetingHandler, ListCommandHandler, MeetingQueries, ListQueries],
})
export class AccreditationModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRunner) {}

  onModuleInit(): void {
    this.projections.register(new MeetingsProjection());
    this.projections.register(new ListsProjection());
  }
}
