import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { MeetingParams } from '../../platform/http/identifiers';
import { PositionResponse } from '../../platform/http/position-response';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { ApiAsOf, AsOfQuery, pointInLog } from '../../platform/http/as-of';
import { ArrangementsCommandInput, ExecuteArrangementsCommand } from '../commands/arrangements-command.handler';
import { ArrangementsQueries } from '../projections/arrangements.queries';
import { ChairInvitationDto, ChairResponseDto, ConsultationDto, PanelParams, SummaryDto } from './arrangements.dto';
import { PanelsResponse } from './arrangements-responses.dto';

@ApiTags('Programme, panels and arrangements')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/panels')
export class PanelsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: ArrangementsQueries,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'The panels of the programme with their chairs, consultations and summaries',
    description: "Role: any. A consultation's note reaches pga and auditor only (the Office's working notes).",
  })
  @ApiOkResponse({ type: PanelsResponse })
  @ApiAsOf()
  @ApiErrors(400, 401, 404)
  list(@Param() { meetingId }: MeetingParams, @Query() asOf: AsOfQuery, @Ctx() { actor }: RequestContext) {
    return this.queries.panels(meetingId, actor, pointInLog(asOf));
  }

  @Post(':panelId/consultations')
  @HttpCode(201)
  @Roles('pga')
  @ApiOperation({ summary: "Record a consultation with a regional group on the panel's chair (paragraph 3)", description: 'Role: pga.' })
  @ApiCreatedResponse({ type: PositionResponse, description: 'The consultation is recorded' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  consult(@Param() { meetingId, panelId }: PanelParams, @Body() { regionalGroup, note }: ConsultationDto, @Ctx() context: RequestContext) {
    return this.run(meetingId, { kind: 'ConsultRegionalGroup', panelId, regionalGroup, note }, context);
  }

  @Post(':panelId/chair-invitation')
  @HttpCode(201)
  @Roles('pga')
  @ApiOperation({
    summary: 'Invite a Member State to chair the panel',
    description:
      "Role: pga. Needs a recorded consultation with the State's regional group on this panel; two panels of one meeting are never chaired " +
      'from the same regional group; a panel with an invitation pending or accepted is not invited again until it is declined or withdrawn.',
  })
  @ApiCreatedResponse({ type: PositionResponse, description: 'The State is invited' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  invite(@Param() { meetingId, panelId }: PanelParams, @Body() { state }: ChairInvitationDto, @Ctx() context: RequestContext) {
    return this.run(meetingId, { kind: 'InviteChair', panelId, state }, context);
  }

  @Delete(':panelId/chair-invitation')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: 'Withdraw an invitation to chair the panel before it is answered',
    description:
      'Role: pga. No invitation, or one already accepted or declined: 409 INVALID_STATE; refused once the arrangements are finalized. ' +
      "Afterwards the panel has no chair (null), may be invited again, and the State's regional group no longer counts against the other panels; " +
      'the State can no longer answer (409).',
  })
  @ApiOkResponse({ type: PositionResponse, description: 'The invitation is withdrawn' })
  @ApiErrors(400, 401, 403, 404, 409)
  withdrawInvitation(@Param() { meetingId, panelId }: PanelParams, @Ctx() context: RequestContext) {
    return this.run(meetingId, { kind: 'WithdrawChairInvitation', panelId }, context);
  }

  @Post(':panelId/chair-invitation/response')
  @HttpCode(200)
  @Roles('member-state')
  @ApiOperation({
    summary: 'Accept or decline the invitation to chair',
    description: 'Role: member-state, only the invited State (403 for any other).',
  })
  @ApiOkResponse({ type: PositionResponse, description: 'The answer is recorded' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  respond(@Param() { meetingId, panelId }: PanelParams, @Body() { accept }: ChairResponseDto, @Ctx() context: RequestContext) {
    return this.run(meetingId, { kind: 'RespondToChairInvitation', panelId, accept }, context);
  }

  @Post(':panelId/summary')
  @HttpCode(201)
  @Roles('member-state', 'pga')
  @ApiOperation({
    summary: "Record the chair's summary for the closing plenary (paragraph 3(c))",
    description: 'Role: the chair (member-state whose invitation was accepted) or pga.',
  })
  @ApiCreatedResponse({ type: PositionResponse, description: 'The summary is recorded' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  summarize(@Param() { meetingId, panelId }: PanelParams, @Body() { text }: SummaryDto, @Ctx() context: RequestContext) {
    return this.run(meetingId, { kind: 'RecordPanelSummary', panelId, text }, context);
  }

  private async run(meetingId: string, input: ArrangementsCommandInput, context: RequestContext) {
    const { position } = await this.commands.execute(new ExecuteArrangementsCommand(meetingId, input, context));
    return { position };
  }
}
