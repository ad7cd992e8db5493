import { Module, OnModuleInit } from '@nestjs/common';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { CreateMeetingHandler } from './commands/create-meeting.handler';
import { MeetingsController } from './http/meetings.controller';
import { MeetingQueries } from './projections/meeting.queries';
import { MeetingsProjection } from './projections/meetings.projection';

@Module({
  controllers: [MeetingsController],
  providers: [CreateMeetingHandler, MeetingQueries],
})
export class AccreditationModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRunner) {}

  onModuleInit(): void {
    this.projections.register(new MeetingsProjection());
  }
}
