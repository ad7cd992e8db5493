import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { arrangementsStream } from '../../arrangements/domain/arrangements.events';
import { ApiAsOf, AsOfQuery, TimeTravel } from '../../audit/time-travel';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { Ctx, RequestContext } from '../../shared/auth/request-context.decorator';
import { Roles } from '../../shared/auth/roles';
import { ApiErrors } from '../../shared/http/api-errors.decorator';
import { CreateMeetingCommand } from '../commands/create-meeting.handler';
import { listStream } from '../domain/list.events';
import { meetingStream } from '../domain/meeting.events';
import { ListQueries } from '../projections/list.queries';
import { ListDocument, LISTS_PROJECTION, listsPrefix } from '../projections/lists.projection';
import { MeetingQueries } from '../projections/meeting.queries';
import { CreateMeetingDto, MeetingParams } from './create-meeting.dto';
import { AccreditationsResponse, CreatedResponse, MeetingResponse } from './responses.dto';

@ApiTags('Meetings')
@ApiBearerAuth()
@Controller('v1/meetings')
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: MeetingQueries,
    private readonly lists: ListQueries,
    private readonly timeTravel: TimeTravel,
    private readonly documents: ProjectionStore,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('pga')
  @ApiOperation({ summary: 'Create a meeting', description: 'Role: pga.' })
  @ApiCreatedResponse({ type: CreatedResponse, description: 'The meeting is created' })
  @ApiErrors(400, 401, 403, 409, 422)
  create(@Body() body: CreateMeetingDto, @Ctx() context: RequestContext) {
    const { id, ...rest } = body;
    return this.commands.execute(new CreateMeetingCommand({ meetingId: id, ...rest }, context));
  }

  @Get(':meetingId')
  @ApiOperation({ summary: 'A meeting: policy, programme, panels, opening speakers, arrangements', description: 'Role: any.' })
  @ApiOkResponse({ type: MeetingResponse })
  @ApiAsOf()
  @ApiErrors(400, 401, 404)
  get(@Param() { meetingId }: MeetingParams, @Query() { asOf }: AsOfQuery, @Ctx() { actor }: RequestContext) {
    if (!asOf) return this.queries.meeting(meetingId, actor);
    const streams = [meetingStream(meetingId), arrangementsStream(meetingId)];
    return this.timeTravel.readAsOf(new Date(asOf), streams, (documents) => new MeetingQueries(documents).meeting(meetingId, actor));
  }

  @Get(':meetingId/accreditations')
  @ApiOperation({ summary: 'Every approved organization of the meeting', description: 'Role: any.' })
  @ApiOkResponse({ type: AccreditationsResponse })
  @ApiAsOf()
  @ApiErrors(400, 401, 404)
  accreditations(@Param() { meetingId }: MeetingParams, @Query() { asOf }: AsOfQuery) {
    if (!asOf) return this.lists.accreditations(meetingId);
    return this.timeTravel.readAsOf(new Date(asOf), this.meetingAndListStreams(meetingId), (documents) =>
      new ListQueries(documents).accreditations(meetingId),
    );
  }

  /** The meeting's stream and those of its lists (known from the live lists; one created later has nothing before). */
  private meetingAndListStreams(meetingId: string): string[] {
    const lists = this.documents.list<ListDocument>(LISTS_PROJECTION, listsPrefix(meetingId));
    return [meetingStream(meetingId), ...lists.map((list) => listStream(meetingId, list.id))];
  }
}
