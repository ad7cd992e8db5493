import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { PositionResponse } from '../../platform/http/position-response';
import { ExecuteListCommand, ListCommandInput } from '../commands/list-command.handler';
import { BatchClosed, BatchSubmitted } from '../domain/list.events';
import { BatchParams, CancellationDto, DeadlineDto, ListParams } from './list.dto';
import { BatchClosureResponse, BatchSubmittedResponse, DeadlineExtendedResponse } from './responses.dto';

@ApiTags('Stakeholder lists')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/lists/:listId/batches')
export class BatchesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles('pga')
  @ApiOperation({
    summary: 'Submit every proposed entry to the Member States, with a deadline',
    description: 'Role: pga. Nothing proposed: 409 INVALID_STATE.',
  })
  @ApiCreatedResponse({ type: BatchSubmittedResponse, description: 'The batch is open' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async submit(@Param() { meetingId, listId }: ListParams, @Body() { deadline }: DeadlineDto, @Ctx() context: RequestContext) {
    const result = await this.run(meetingId, listId, { kind: 'SubmitBatch', deadline: new Date(deadline) }, context);
    const submitted = result.events.find((e): e is BatchSubmitted => e.type === 'BatchSubmitted')!;
    return { ...submitted.data, position: result.position };
  }

  @Post(':batch/extension')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({ summary: "Extend an open batch's deadline", description: 'Role: pga. The new deadline is later than the current one.' })
  @ApiOkResponse({ type: DeadlineExtendedResponse, description: 'The deadline is extended' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async extend(@Param() { meetingId, listId, batch }: BatchParams, @Body() { deadline }: DeadlineDto, @Ctx() context: RequestContext) {
    const result = await this.run(meetingId, listId, { kind: 'ExtendDeadline', batch, deadline: new Date(deadline) }, context);
    return { batch, deadline: new Date(deadline).toISOString(), position: result.position };
  }

  /** Closing a closed batch is a no-op that answers 200 with `closed: false`. */
  @Post(':batch/closure')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: 'Close a batch once its deadline has passed',
    description: 'Role: pga. Before the deadline: 409 DEADLINE_NOT_REACHED; closing a closed batch is a no-op.',
  })
  @ApiOkResponse({ type: BatchClosureResponse, description: 'The batch is closed (or was already)' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async close(@Param() { meetingId, listId, batch }: BatchParams, @Ctx() context: RequestContext) {
    const result = await this.run(meetingId, listId, { kind: 'CloseBatch', batch }, context);
    const closed = result.events.find((e): e is BatchClosed => e.type === 'BatchClosed');
    return { batch, closed: closed !== undefined, ...(closed ? closed.data : {}), position: result.position };
  }

  @Post(':batch/cancellation')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: 'Cancel an open batch before its deadline: its entries go back to proposed, their objections lapse',
    description: 'Role: pga. A closed or cancelled batch, or one whose deadline has passed: 409 INVALID_STATE.',
  })
  @ApiOkResponse({ type: PositionResponse, description: 'The batch is cancelled' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async cancel(@Param() { meetingId, listId, batch }: BatchParams, @Body() { reason }: CancellationDto, @Ctx() context: RequestContext) {
    const { position } = await this.run(meetingId, listId, { kind: 'CancelBatch', batch, reason }, context);
    return { position };
  }

  private run(meetingId: string, listId: string, input: ListCommandInput, context: RequestContext) {
    return this.commands.execute(new ExecuteListCommand(meetingId, listId, input, context));
  }
}
