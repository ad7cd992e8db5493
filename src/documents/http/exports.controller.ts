import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccreditationQueries } from '../../accreditation/accreditation.public';
import { ArrangementsQueries } from '../../arrangements/arrangements.public';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { MeetingParams } from '../../platform/http/identifiers';
import { sendTable } from '../exports/download';
import { chooseFormat, Offer } from '../exports/formats';
import { listTable } from '../exports/list-export';
import { speakersTable } from '../exports/speakers-export';
import { ApiFile } from './api-file';
import { FormatQuery, ListParams, SpeakersExportQuery } from './documents.dto';

const SPREADSHEETS: Offer = { served: ['csv', 'xlsx'] };
const SPEAKERS: Offer = {
  served: ['csv', 'xlsx'],
  notYet: { pdf: 'The list of speakers is not offered as PDF yet (the PDF renderer comes with the letters).' },
};

/** Lists and lists of speakers as CSV or XLSX (contract 1.1 "Documents and exports"). */
@ApiTags('Documents and exports')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId')
export class ExportsController {
  constructor(
    private readonly accreditation: AccreditationQueries,
    private readonly arrangements: ArrangementsQueries,
  ) {}

  @Get('lists/:listId/export')
  @ApiOperation({
    summary: "A list's entries as CSV or XLSX",
    description:
      'Role: any. One row per entry: name, country, countryName, regionalGroup, category, ecosocStatus, status, batch, deadline, ' +
      "then the objection columns the caller's list view holds (a Member State sees in its export exactly what its list view shows). " +
      'Cells that begin with =, +, -, @, tab or carriage return are prefixed with an apostrophe (formula injection).',
  })
  @ApiFile("The list's entries", ['csv', 'xlsx'])
  @ApiErrors(400, 401, 404, 406)
  async list(
    @Param() { meetingId, listId }: ListParams,
    @Query() { format }: FormatQuery,
    @Headers('accept') accept: string | undefined,
    @Ctx() { actor }: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const chosen = chooseFormat(SPREADSHEETS, format, accept) as 'csv' | 'xlsx';
    const view = await this.accreditation.list(meetingId, listId, actor);
    return sendTable(reply, listTable(view), chosen, `${meetingId}-${listId}`);
  }

  @Get('speakers/export')
  @ApiOperation({
    summary: 'The list of speakers as CSV or XLSX, in speaking order',
    description: 'Role: any. Level first, then Member States before observers, then order of inscription. PDF is not offered yet (406).',
  })
  @ApiFile('The list of speakers', ['csv', 'xlsx'])
  @ApiErrors(400, 401, 404, 406)
  async speakers(
    @Param() { meetingId }: MeetingParams,
    @Query() { format, segmentId }: SpeakersExportQuery,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const chosen = chooseFormat(SPEAKERS, format, accept) as 'csv' | 'xlsx';
    const view = this.arrangements.speakers(meetingId, segmentId);
    const name = `${meetingId}-speakers${segmentId ? `-${segmentId}` : ''}`;
    return sendTable(reply, speakersTable(view, 'List of speakers'), chosen, name);
  }
}
