import { DynamicModule, Module, Type } from '@nestjs/common';
import { CreateMeetingHandler } from './commands/create-meeting.handler';
import { ListCommandHandler } from './commands/list-command.handler';
import { BasisRequestsController } from './http/basis-requests.controller';
import { BatchesController } from './http/batches.controller';
import { EntriesController } from './http/entries.controller';
import { EntriesImportController } from './http/entries-import.controller';
import { EntriesImport } from './http/entries-import';
import { ProposalCheck } from './commands/proposal-check';
import { ListsController } from './http/lists.controller';
import { MeetingsController } from './http/meetings.controller';
import { MemberStatesController } from './http/member-states.controller';
import { AccreditationQueries } from './projections/accreditation.queries';
import { MeetingQueries } from './projections/meeting.queries';

/** Meetings and stakeholder lists over HTTP. `engine` provides the event store, the clock and the ports this capability uses. */
@Module({})
export class AccreditationModule {
  static register(engine: Type<unknown>): DynamicModule {
    return {
      module: AccreditationModule,
      imports: [engine],
      controllers: [
        MeetingsController,
        ListsController,
        EntriesController,
        EntriesImportController,
        BatchesController,
        MemberStatesController,
        BasisRequestsController,
      ],
      providers: [CreateMeetingHandler, ListCommandHandler, MeetingQueries, AccreditationQueries, ProposalCheck, EntriesImport],
    };
  }
}
