import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { MeetingParams } from '../../platform/http/identifiers';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { ApiAsOf, AsOfQuery, pointInLog } from '../../platform/http/as-of';
import { CreateMeetingCommand } from '../commands/create-meeting.handler';
import { AccreditationQueries } from '../projections/accreditation.queries';
import { MeetingQueries } from '../projections/meeting.queries';
import { CreateMeetingDto } from './create-meeting.dto';
import { AccreditationsResponse, CreatedResponse, MeetingResponse, MeetingsResponse } from './responses.dto';

@ApiTags('Meetings')
@ApiBearerAuth()
@Controller('v1/meetings')
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly meetings: MeetingQueries,
    private readonly lists: AccreditationQueries,
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

  @Get()
  @ApiOperation({ summary: 'Every meeting, the most recently created first', description: 'Role: any.' })
  @ApiOkResponse({ type: MeetingsResponse })
  @ApiErrors(401)
  list() {
    return this.meetings.meetings();
  }

  @Get(':meetingId')
  @ApiOperation({ summary: 'A meeting: policy, programme, panels, opening speakers, arrangements', description: 'Role: any.' })
  @ApiOkResponse({ type: MeetingResponse })
  @ApiAsOf()
  @ApiErrors(400, 401, 404)
  get(@Param() { meetingId }: MeetingParams, @Query() asOf: AsOfQuery, @Ctx() { actor }: RequestContext) {
    return this.meetings.meeting(meetingId, actor, pointInLog(asOf));
  }

  @Get(':meetingId/accreditations')
  @ApiOperation({ summary: 'Every approved organization of the meeting', description: 'Role: any.' })
  @ApiOkResponse({ type: AccreditationsResponse })
  @ApiAsOf()
  @ApiErrors(400, 401, 404)
  accreditations(@Param() { meetingId }: MeetingParams, @Query() asOf: AsOfQuery) {
    return this.lists.accreditations(meetingId, pointInLog(asOf));
  }
}
