import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccreditationQueries, MeetingQueries } from '../../accreditation/accreditation.public';
import { ArrangementsQueries } from '../../arrangements/arrangements.public';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { MeetingParams } from '../../platform/http/identifiers';
import { Clock } from '../../kernel/clock';
import { attachment, sendTable } from '../exports/download';
import { chooseFormat, Offer } from '../exports/formats';
import { listTable } from '../exports/list-export';
import { speakersTable } from '../exports/speakers-export';
import { PdfRenderer } from '../rendering/pdf-renderer';
import { speakersReport } from '../reports/speakers-report';
import { ApiFile } from './api-file';
import { renderFor } from './pdf-answer';
import { FormatQuery, ListParams, SpeakersExportQuery } from './documents.dto';

const SPREADSHEETS: Offer = { served: ['csv', 'xlsx'] };
const SPEAKERS: Offer = { served: ['csv', 'xlsx', 'pdf'] };

/** Lists and lists of speakers as CSV or XLSX (contract 1.1 "Documents and exports"). */
@ApiTags('Documents and exports')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId')
export class ExportsController {
  constructor(
    private readonly accreditation: AccreditationQueries,
    private readonly arrangements: ArrangementsQueries,
    private readonly meetings: MeetingQueries,
    private readonly renderer: PdfRenderer,
    private readonly clock: Clock,
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
    summary: 'The list of speakers as CSV, XLSX or PDF, in speaking order',
    description:
      'Role: any. Level first, then Member States before observers, then order of inscription. ' +
      "PDF (?lang=en|fr|es|ru|zh|ar, default en): one table per plenary meeting, times on the meeting's clock; without Chromium, 503 RENDERER_UNAVAILABLE; " +
      "over DOCUMENTS_MAX_ROWS rows, 409 INVALID_STATE (export CSV or XLSX); over the caller's share of the renderer, 429 RATE_LIMITED.",
  })
  @ApiFile('The list of speakers', ['csv', 'xlsx', 'pdf'])
  @ApiErrors(400, 401, 404, 406, 409, 429, 503)
  async speakers(
    @Param() { meetingId }: MeetingParams,
    @Query() { format, segmentId, lang = 'en' }: SpeakersExportQuery,
    @Headers('accept') accept: string | undefined,
    @Ctx() { actor }: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const chosen = chooseFormat(SPEAKERS, format, accept) as 'csv' | 'xlsx' | 'pdf';
    const view = this.arrangements.speakers(meetingId, segmentId);
    const name = `${meetingId}-speakers${segmentId ? `-${segmentId}` : ''}`;
    if (chosen !== 'pdf') return sendTable(reply, speakersTable(view, 'List of speakers'), chosen, name);
    const meeting = await this.meetings.meeting(meetingId, actor);
    const pdf = await renderFor(this.renderer, speakersReport(meeting, view, lang, this.clock.now()), actor, reply);
    attachment(reply, 'pdf', `${name}-${lang}`);
    return pdf;
  }
}
