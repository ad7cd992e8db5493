import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ArrangementsQueries, SummaryView } from '../../arrangements/arrangements.public';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { MeetingParams } from '../../platform/http/identifiers';
import { chooseFormat, Offer } from '../exports/formats';
import { FormatQuery, SummaryResponse } from './documents.dto';

const SUMMARY: Offer = {
  served: ['json'],
  notYet: { pdf: 'The summary is not offered as PDF yet (the PDF renderer comes with the letters); ask for JSON.' },
};

/** The President's summary (paragraph 4) with the panel chairs' summaries (paragraph 3c). */
@ApiTags('Documents and exports')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/summary')
export class SummaryController {
  constructor(private readonly arrangements: ArrangementsQueries) {}

  @Get()
  @ApiOperation({
    summary: "The President's summary with the panel chairs' summaries",
    description:
      "Role: any. The President's summary is null until the PGA records it (PUT .../summary). ?format=json; PDF is not offered yet (406).",
  })
  @ApiOkResponse({ type: SummaryResponse })
  @ApiErrors(400, 401, 404, 406)
  summary(
    @Param() { meetingId }: MeetingParams,
    @Query() { format }: FormatQuery,
    @Headers('accept') accept: string | undefined,
  ): SummaryView {
    chooseFormat(SUMMARY, format, accept);
    return this.arrangements.summary(meetingId);
  }
}
