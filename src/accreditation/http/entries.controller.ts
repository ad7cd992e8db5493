import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { PositionResponse } from '../../platform/http/position-response';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiError } from '../../platform/http/api-error';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { BodyLimit, BULK_BODY_LIMIT } from '../../platform/http/body-limits';
import { ExecuteListCommand, ListCommandInput } from '../commands/list-command.handler';
import { EntryProposed } from '../domain/list.events';
import { EntryParams, GeneralAssemblyDecisionDto, ListParams, ObjectionDto, ProposeEntriesDto } from './list.dto';
import { EntriesProposedResponse } from './responses.dto';

@ApiTags('Stakeholder lists')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/lists/:listId/entries')
export class EntriesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @BodyLimit(BULK_BODY_LIMIT)
  @Roles('pga')
  @ApiOperation({ summary: 'Propose one organization, or 1 to 1000 at once (all or nothing)', description: 'Role: pga. Body up to 2 MiB.' })
  @ApiCreatedResponse({ type: EntriesProposedResponse, description: '`entryId` for one organization, `entryIds` for several' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 415, 422)
  async propose(@Param() { meetingId, listId }: ListParams, @Body() body: ProposeEntriesDto, @Ctx() context: RequestContext) {
    if ((body.organization === undefined) === (body.organizations === undefined)) {
      const problem = 'send either "organization" (one) or "organizations" (1 to 1000), not both and not neither';
      throw new ApiError('VALIDATION_FAILED', `The request is not valid: ${problem}.`, [{ field: 'organization', problems: [problem] }]);
    }
    const organizations = body.organizations ?? [body.organization!];
    const result = await this.run(meetingId, listId, { kind: 'ProposeEntries', organizations }, context);
    const entryIds = result.events.filter((e): e is EntryProposed => e.type === 'EntryProposed').map((e) => e.data.entryId);
    return body.organization ? { entryId: entryIds[0], position: result.position } : { entryIds, position: result.position };
  }

  @Delete(':entryId')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({ summary: 'Withdraw an entry that is proposed or under consideration', description: 'Role: pga.' })
  @ApiOkResponse({ type: PositionResponse, description: 'The entry is withdrawn' })
  @ApiErrors(400, 401, 403, 404, 409)
  async withdraw(@Param() { meetingId, listId, entryId }: EntryParams, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'WithdrawEntry', entryId }, context);
    return { position };
  }

  @Post(':entryId/objections')
  @HttpCode(201)
  @Roles('member-state')
  @ApiOperation({
    summary: "Object to an entry under consideration, before its batch's deadline",
    description: "Role: member-state; the objecting State is the token's `state`.",
  })
  @ApiCreatedResponse({ type: PositionResponse, description: 'The objection is recorded' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async object(@Param() { meetingId, listId, entryId }: EntryParams, @Body() body: ObjectionDto, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'RaiseObjection', entryId, ...body }, context);
    return { position };
  }

  @Delete(':entryId/objections/mine')
  @HttpCode(200)
  @Roles('member-state')
  @ApiOperation({ summary: "Withdraw the caller's standing objection before the deadline", description: 'Role: member-state.' })
  @ApiOkResponse({ type: PositionResponse, description: 'The objection is withdrawn' })
  @ApiErrors(400, 401, 403, 404, 409)
  async withdrawObjection(@Param() { meetingId, listId, entryId }: EntryParams, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'WithdrawObjection', entryId }, context);
    return { position };
  }

  @Delete(':entryId/objections/on-behalf/mine')
  @HttpCode(200)
  @Roles('member-state')
  @ApiOperation({
    summary: 'Disown, before the deadline, the objections made on behalf of the caller',
    description: 'Role: member-state. The caller leaves their `onBehalfOf`; each objection stands for the others.',
  })
  @ApiOkResponse({ type: PositionResponse, description: 'The caller is no longer named in the objections' })
  @ApiErrors(400, 401, 403, 404, 409)
  async disownObjection(@Param() { meetingId, listId, entryId }: EntryParams, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'DisownObjection', entryId }, context);
    return { position };
  }

  @Post(':entryId/general-assembly-decision')
  @HttpCode(201)
  @Roles('pga')
  @ApiOperation({
    summary: 'Record the decision of the General Assembly on an objected entry',
    description: 'Role: pga. Only when the meeting sends objected organizations to the General Assembly.',
  })
  @ApiCreatedResponse({ type: PositionResponse, description: 'The decision is recorded' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async decide(
    @Param() { meetingId, listId, entryId }: EntryParams,
    @Body() { decision, reference }: GeneralAssemblyDecisionDto,
    @Ctx() context: RequestContext,
  ) {
    const input = { kind: 'RecordGeneralAssemblyDecision' as const, entryId, decision, reference };
    const { position } = await this.run(meetingId, listId, input, context);
    return { position };
  }

  private run(meetingId: string, listId: string, input: ListCommandInput, context: RequestContext) {
    return this.commands.execute(new ExecuteListCommand(meetingId, listId, input, context));
  }
}
