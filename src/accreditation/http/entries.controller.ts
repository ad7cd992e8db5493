import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../shared/auth/request-context.decorator';
import { Roles } from '../../shared/auth/roles';
import { ApiError } from '../../shared/http/api-error';
import { ApiErrors } from '../../shared/http/api-errors.decorator';
import { ExecuteListCommand, ListCommandInput } from '../commands/list-command.handler';
import { EntryProposed } from '../domain/list.events';
import { EntryParams, GeneralAssemblyDecisionDto, ListParams, ObjectionDto, ProposeEntriesDto } from './list.dto';

@ApiTags('Stakeholder lists')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/lists/:listId/entries')
export class EntriesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('pga')
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async propose(@Param() { meetingId, listId }: ListParams, @Body() body: ProposeEntriesDto, @Ctx() context: RequestContext) {
    if ((body.organization === undefined) === (body.organizations === undefined)) {
      throw new ApiError('VALIDATION_FAILED', 'Send either "organization" (one) or "organizations" (1 to 1000), not both and not neither.');
    }
    const organizations = body.organizations ?? [body.organization!];
    const result = await this.run(meetingId, listId, { kind: 'ProposeEntries', organizations }, context);
    const entryIds = result.events.filter((e): e is EntryProposed => e.type === 'EntryProposed').map((e) => e.data.entryId);
    return body.organization ? { entryId: entryIds[0], position: result.position } : { entryIds, position: result.position };
  }

  @Delete(':entryId')
  @HttpCode(200)
  @Roles('pga')
  @ApiErrors(400, 401, 403, 404, 409)
  async withdraw(@Param() { meetingId, listId, entryId }: EntryParams, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'WithdrawEntry', entryId }, context);
    return { position };
  }

  @Post(':entryId/objections')
  @HttpCode(201)
  @Roles('member-state')
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async object(@Param() { meetingId, listId, entryId }: EntryParams, @Body() body: ObjectionDto, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'RaiseObjection', entryId, ...body }, context);
    return { position };
  }

  @Delete(':entryId/objections/mine')
  @HttpCode(200)
  @Roles('member-state')
  @ApiErrors(400, 401, 403, 404, 409)
  async withdrawObjection(@Param() { meetingId, listId, entryId }: EntryParams, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'WithdrawObjection', entryId }, context);
    return { position };
  }

  @Post(':entryId/general-assembly-decision')
  @HttpCode(201)
  @Roles('pga')
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
