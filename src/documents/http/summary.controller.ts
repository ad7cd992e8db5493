import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { MeetingQueries } from '../../accreditation/accreditation.public';
import { ArrangementsQueries, SummaryView } from '../../arrangements/arrangements.public';
import { Clock } from '../../kernel/clock';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { MeetingParams } from '../../platform/http/identifiers';
import { attachment } from '../exports/download';
import { chooseFormat, MEDIA_TYPES, Offer } from '../exports/formats';
import { PdfRenderer } from '../rendering/pdf-renderer';
import { summaryReport } from '../reports/summary-report';
import { PrintableQuery, SummaryResponse } from './documents.dto';
import { renderFor } from './pdf-answer';

const SUMMARY: Offer = { served: ['json', 'pdf'] };

/** The President's summary (paragraph 4) with the panel chairs' summaries (paragraph 3c), as JSON or PDF. */
@ApiTags('Documents and exports')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/summary')
export class SummaryController {
  constructor(
    private readonly arrangements: ArrangementsQueries,
    private readonly meetings: MeetingQueries,
    private readonly renderer: PdfRenderer,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary: "The President's summary with the panel chairs' summaries",
    description:
      "Role: any. The President's summary is null until the PGA records it (PUT .../summary). ?format=json (the default) or pdf " +
      "(?lang=en|fr|es|ru|zh|ar, default en; times on the meeting's clock; without Chromium, 503 RENDERER_UNAVAILABLE; over the caller's share of the renderer, 429 RATE_LIMITED).",
  })
  @ApiExtraModels(SummaryResponse)
  @ApiOkResponse({
    description: 'The summaries as JSON, or as PDF (Content-Disposition: attachment)',
    content: {
      [MEDIA_TYPES.json]: { schema: { $ref: getSchemaPath(SummaryResponse) } },
      [MEDIA_TYPES.pdf]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiErrors(400, 401, 404, 406, 429, 503)
  async summary(
    @Param() { meetingId }: MeetingParams,
    @Query() { format, lang = 'en' }: PrintableQuery,
    @Headers('accept') accept: string | undefined,
    @Ctx() { actor }: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SummaryView | Buffer> {
    const chosen = chooseFormat(SUMMARY, format, accept);
    const summary = this.arrangements.summary(meetingId);
    if (chosen !== 'pdf') return summary;
    const { timezone } = await this.meetings.meeting(meetingId, actor);
    const pdf = await renderFor(this.renderer, summaryReport(summary, timezone, lang, this.clock.now()), actor, reply);
    attachment(reply, 'pdf', `${meetingId}-summary-${lang}`);
    return pdf;
  }
}
