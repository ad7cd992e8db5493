import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { PositionResponse } from '../../platform/http/position-response';
import { ExecuteListCommand, ListCommandInput } from '../commands/list-command.handler';
import { AccreditationQueries } from '../projections/accreditation.queries';
import { BasisAnswerDto, BasisRequestsResponse } from './basis-requests.dto';
import { EntryParams } from './list.dto';

const FOOTNOTE =
  'The general basis of any objections, if requested by one or more Member States, will be made known to the Office of ' +
  'the President of the General Assembly and the requester.';

@ApiTags('Stakeholder lists')
@ApiBearerAuth()
@Controller()
export class BasisRequestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: AccreditationQueries,
  ) {}

  @Post('v1/meetings/:meetingId/lists/:listId/entries/:entryId/basis-requests')
  @HttpCode(201)
  @Roles('member-state')
  @ApiOperation({
    summary: 'Request the general basis of the objections to an objected entry',
    description: `Role: member-state; the requesting State is the token's \`state\`. ${FOOTNOTE}`,
  })
  @ApiCreatedResponse({ type: PositionResponse, description: 'The request is recorded' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async request(@Param() { meetingId, listId, entryId }: EntryParams, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'RequestObjectionBasis', entryId }, context);
    return { position };
  }

  @Post('v1/meetings/:meetingId/lists/:listId/entries/:entryId/basis-requests/answer')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: 'Make the general basis of the objections known to the State that requested it',
    description: 'Role: pga. No request from that State: 404.',
  })
  @ApiOkResponse({ type: PositionResponse, description: 'The general basis is made known to the requester' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async answer(@Param() { meetingId, listId, entryId }: EntryParams, @Body() { state }: BasisAnswerDto, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'MakeObjectionBasisKnown', entryId, state }, context);
    return { position };
  }

  @Get('v1/member-states/me/basis-requests')
  @Roles('member-state')
  @ApiOperation({
    summary: "The caller's requests for the general basis of objections, with the answers",
    description: 'Role: member-state. The objecting States are named only where the disclosure is "organizations-and-states".',
  })
  @ApiOkResponse({ type: BasisRequestsResponse })
  @ApiErrors(401, 403)
  mine(@Ctx() { actor }: RequestContext) {
    return this.queries.basisRequestsOf(actor.state!);
  }

  private run(meetingId: string, listId: string, input: ListCommandInput, context: RequestContext) {
    return this.commands.execute(new ExecuteListCommand(meetingId, listId, input, context));
  }
}
