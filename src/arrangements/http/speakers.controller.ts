import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { MeetingParams } from '../../platform/http/identifiers';
import { PositionResponse } from '../../platform/http/position-response';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { ExecuteSpeakersCommand } from '../commands/speakers-command.handler';
import { ArrangementsQueries } from '../projections/arrangements.queries';
import { InscriptionDto, InscriptionQuery, SpeakersClosureDto, SpeakersQuery } from './arrangements.dto';
import { ChangeResponse, SpeakersResponse } from './arrangements-responses.dto';

@ApiTags('List of speakers')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/speakers')
export class SpeakersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: ArrangementsQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles('member-state', 'observer')
  @ApiOperation({
    summary: 'Inscribe on the list of speakers of a plenary meeting (paragraph 5)',
    description:
      "Role: member-state or observer; the State is the token's. One inscription per State per segment (409 ALREADY_EXISTS); a closed list: 409 INVALID_STATE.",
  })
  @ApiCreatedResponse({ type: PositionResponse, description: 'The speaker is inscribed' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async inscribe(
    @Param() { meetingId }: MeetingParams,
    @Body() { segmentId, level, speakerName }: InscriptionDto,
    @Ctx() context: RequestContext,
  ) {
    const { position } = await this.commands.execute(
      new ExecuteSpeakersCommand(meetingId, segmentId, { kind: 'InscribeSpeaker', level, speakerName }, context),
    );
    return { position };
  }

  @Delete('mine')
  @HttpCode(200)
  @Roles('member-state', 'observer')
  @ApiOperation({
    summary: "Withdraw the caller's inscription from the list of speakers of a plenary meeting",
    description:
      "Role: member-state or observer; the State is the token's. No inscription of that State on the list: 404 NOT_FOUND; a closed list: 409 INVALID_STATE. " +
      'The State may inscribe again afterwards, as a new inscription.',
  })
  @ApiOkResponse({ type: PositionResponse, description: 'The inscription is withdrawn' })
  @ApiErrors(400, 401, 403, 404, 409)
  async withdraw(@Param() { meetingId }: MeetingParams, @Query() { segmentId }: InscriptionQuery, @Ctx() context: RequestContext) {
    const { position } = await this.commands.execute(
      new ExecuteSpeakersCommand(meetingId, segmentId, { kind: 'WithdrawInscription' }, context),
    );
    return { position };
  }

  @Get()
  @ApiOperation({
    summary: 'The list of speakers in speaking order',
    description:
      'Role: any. Level of representation first, then Member States before observers, then order of inscription. Without segmentId: every plenary meeting, in programme order.',
  })
  @ApiOkResponse({ type: SpeakersResponse })
  @ApiErrors(400, 401, 404)
  list(@Param() { meetingId }: MeetingParams, @Query() { segmentId }: SpeakersQuery) {
    return this.queries.speakers(meetingId, segmentId);
  }

  @Post('closure')
  @HttpCode(200)
  @Roles('pga')
  @ApiOperation({ summary: 'Close the list of speakers of a plenary meeting', description: 'Role: pga. Closing a closed list is a no-op.' })
  @ApiOkResponse({ type: ChangeResponse, description: 'The list is closed (or was already)' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async close(@Param() { meetingId }: MeetingParams, @Body() { segmentId }: SpeakersClosureDto, @Ctx() context: RequestContext) {
    const result = await this.commands.execute(new ExecuteSpeakersCommand(meetingId, segmentId, { kind: 'CloseSpeakersList' }, context));
    return { changed: result.events.length > 0, position: result.position };
  }
}
