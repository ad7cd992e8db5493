import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { MeetingParams } from '../../platform/http/identifiers';
import { PositionResponse } from '../../platform/http/position-response';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAsOf, AsOfQuery, pointInLog } from '../../platform/http/as-of';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { ExecuteListCommand } from '../commands/list-command.handler';
import { AccreditationQueries } from '../projections/accreditation.queries';
import { CreateListDto, ListParams } from './list.dto';
import { CreatedResponse, ListResponse, ListsResponse } from './responses.dto';

@ApiTags('Stakeholder lists')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/lists')
export class ListsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: AccreditationQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('pga')
  @ApiOperation({ summary: 'Create a stakeholder list (ecosoc: paragraph 8; non-objection: paragraph 9)', description: 'Role: pga.' })
  @ApiCreatedResponse({ type: CreatedResponse, description: 'The list is created' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async create(@Param() { meetingId }: MeetingParams, @Body() { id, kind, title }: CreateListDto, @Ctx() context: RequestContext) {
    const command = { kind: 'CreateList' as const, listKind: kind, title };
    const { position } = await this.commands.execute(new ExecuteListCommand(meetingId, id, command, context));
    return { id, position };
  }

  @Get()
  @ApiOperation({
    summary: 'Every list of the meeting, with its batches (without entries)',
    description:
      'Role: any. In order of identifier (contract 1.2, "Read routes the console already uses"); each list in full is GET :listId.',
  })
  @ApiOkResponse({ type: ListsResponse })
  @ApiAsOf()
  @ApiErrors(400, 401, 404)
  lists(@Param() { meetingId }: MeetingParams, @Query() asOf: AsOfQuery) {
    return this.queries.lists(meetingId, pointInLog(asOf));
  }

  @Get(':listId')
  @ApiOperation({
    summary: 'A list with its batches, entries and representation of the regional groups',
    description: 'Role: any. What a caller sees of objections depends on its role, its State and the disclosure policy.',
  })
  @ApiOkResponse({ type: ListResponse })
  @ApiAsOf()
  @ApiErrors(400, 401, 404)
  get(@Param() { meetingId, listId }: ListParams, @Query() asOf: AsOfQuery, @Ctx() { actor }: RequestContext) {
    return this.queries.list(meetingId, listId, actor, pointInLog(asOf));
  }

  @Post(':listId/transmittal')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: 'Bring the final list to the attention of the General Assembly',
    description: 'Role: pga. No batch open and nothing proposed; afterwards the list takes no change.',
  })
  @ApiOkResponse({ type: PositionResponse, description: 'The list is transmitted' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async transmit(@Param() { meetingId, listId }: ListParams, @Ctx() context: RequestContext) {
    const { position } = await this.commands.execute(new ExecuteListCommand(meetingId, listId, { kind: 'TransmitList' }, context));
    return { position };
  }
}
