import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { MeetingParams } from '../../platform/http/identifiers';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { ArrangementsCommandInput, ExecuteArrangementsCommand } from '../commands/arrangements-command.handler';
import { OpeningSpeakerDto, OpeningSpeakerParams, PresidentSummaryDto, ProgrammeDto, ReopeningDto } from './arrangements.dto';
import { ArrangementsStatusResponse, ChangeResponse } from './arrangements-responses.dto';

@ApiTags('Programme, panels and arrangements')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId')
export class ArrangementsController {
  constructor(private readonly commands: CommandBus) {}

  @Put('programme')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: 'Set the whole programme of the meeting (paragraph 1)',
    description:
      'Role: pga. Segments do not overlap (one may start when another ends); at most one opening and one closing plenary; ' +
      'no segment starts before the opening plenary; the closing plenary starts once every other segment has ended and may have no end. ' +
      'The same programme again is a no-op. Refused once the arrangements are finalized.',
  })
  @ApiOkResponse({ type: ChangeResponse, description: 'The programme is set (or was already this one)' })
  @ApiErrors(400, 401, 403, 404, 409)
  async setProgramme(@Param() { meetingId }: MeetingParams, @Body() { segments }: ProgrammeDto, @Ctx() context: RequestContext) {
    const input = segments.map(({ startsAt, endsAt, ...segment }) => ({
      ...segment,
      startsAt: new Date(startsAt),
      ...(endsAt ? { endsAt: new Date(endsAt) } : {}),
    }));
    return this.run(meetingId, { kind: 'SetProgramme', segments: input }, context);
  }

  @Put('opening-speakers/:role')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: 'Identify the eminent person or the NGO representative of the opening plenary (paragraph 2)',
    description:
      'Role: pga. The ngo-representative needs the entryId of an approved entry on an ecosoc list of the meeting. `survivor` is shown only to pga and auditor.',
  })
  @ApiOkResponse({ type: ChangeResponse, description: 'The speaker is identified (or was already)' })
  @ApiErrors(400, 401, 403, 404, 409)
  async identify(@Param() { meetingId, role }: OpeningSpeakerParams, @Body() body: OpeningSpeakerDto, @Ctx() context: RequestContext) {
    return this.run(meetingId, { kind: 'IdentifyOpeningSpeaker', role, ...body }, context);
  }

  @Put('summary')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: "Record the President's summary of the meeting (paragraph 4)",
    description:
      "Role: pga. Replaces the summary before; the same summary again is a no-op. Allowed once the arrangements are finalized (the summary follows the meeting). Read it with the panel chairs' summaries at GET .../summary.",
  })
  @ApiOkResponse({ type: ChangeResponse, description: 'The summary is recorded (or was already this one)' })
  @ApiErrors(400, 401, 403, 404, 409)
  async recordSummary(@Param() { meetingId }: MeetingParams, @Body() body: PresidentSummaryDto, @Ctx() context: RequestContext) {
    return this.run(meetingId, { kind: 'RecordPresidentSummary', ...body }, context);
  }

  @Post('arrangements/finalization')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: 'Finalize the organizational arrangements (paragraph 10)',
    description:
      'Role: pga. Items missing: 409 ARRANGEMENTS_INCOMPLETE with details.missing naming every one. Afterwards the programme, chairs and opening speakers take no change until reopened. Finalizing again is a no-op.',
  })
  @ApiOkResponse({ type: ArrangementsStatusResponse, description: 'The arrangements are finalized' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async finalize(@Param() { meetingId }: MeetingParams, @Ctx() context: RequestContext) {
    return { status: 'finalized', ...(await this.run(meetingId, { kind: 'FinalizeArrangements' }, context)) };
  }

  @Post('arrangements/reopening')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({
    summary: 'Reopen finalized arrangements, with a reason',
    description: 'Role: pga. Arrangements that are open: 409 INVALID_STATE.',
  })
  @ApiOkResponse({ type: ArrangementsStatusResponse, description: 'The arrangements are open again' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async reopen(@Param() { meetingId }: MeetingParams, @Body() { reason }: ReopeningDto, @Ctx() context: RequestContext) {
    return { status: 'open', ...(await this.run(meetingId, { kind: 'ReopenArrangements', reason }, context)) };
  }

  private async run(meetingId: string, input: ArrangementsCommandInput, context: RequestContext) {
    const result = await this.commands.execute(new ExecuteArrangementsCommand(meetingId, input, context));
    return { changed: result.events.length > 0, position: result.position };
  }
}
