import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../shared/auth/request-context.decorator';
import { Roles } from '../../shared/auth/roles';
import { ApiErrors } from '../../shared/http/api-errors.decorator';
import { ExecuteListCommand } from '../commands/list-command.handler';
import { ListQueries } from '../projections/list.queries';
import { MeetingParams } from './create-meeting.dto';
import { CreateListDto, ListParams } from './list.dto';

@ApiTags('Stakeholder lists')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/lists')
export class ListsController {
  constructor(private readonly commands: CommandBus, private readonly queries: ListQueries) {}

  @Post()
  @HttpCode(201)
  @Roles('pga')
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async create(@Param() { meetingId }: MeetingParams, @Body() { id, kind, title }: CreateListDto, @Ctx() context: RequestContext) {
    const command = { kind: 'CreateList' as const, listKind: kind, title };
    const { position } = await this.commands.execute(new ExecuteListCommand(meetingId, id, command, context));
    return { id, position };
  }

  @Get(':listId')
  @ApiErrors(400, 401, 404)
  get(@Param() { meetingId, listId }: ListParams, @Ctx() { actor }: RequestContext) {
    return this.queries.list(meetingId, listId, actor);
  }

  @Post(':listId/transmittal')
  @HttpCode(200)
  @Roles('pga')
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async transmit(@Param() { meetingId, listId }: ListParams, @Ctx() context: RequestContext) {
    const { position } = await this.commands.execute(new ExecuteListCommand(meetingId, listId, { kind: 'TransmitList' }, context));
    return { position };
  }
}
