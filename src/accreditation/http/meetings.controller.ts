import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../shared/auth/request-context.decorator';
import { Roles } from '../../shared/auth/roles';
import { ApiErrors } from '../../shared/http/api-errors.decorator';
import { CreateMeetingCommand } from '../commands/create-meeting.handler';
import { ListQueries } from '../projections/list.queries';
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
  @ApiErrors(400, 401, 404)
  get(@Param() { meetingId }: MeetingParams) {
    return this.queries.meeting(meetingId);
  }

  @Get(':meetingId/accreditations')
  @ApiOperation({ summary: 'Every approved organization of the meeting', description: 'Role: any.' })
  @ApiOkResponse({ type: AccreditationsResponse })
  @ApiErrors(400, 401, 404)
  accreditations(@Param() { meetingId }: MeetingParams) {
    return this.lists.accreditations(meetingId);
  }
}
