import { applyDecorators, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccreditationQueries, MeetingQueries } from '../../accreditation/accreditation.public';
import { Public } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { MeetingParams } from '../../platform/http/identifiers';
import { MEDIA_TYPES } from '../exports/formats';
import { toCsv } from '../exports/table';
import { cacheable } from '../public/cacheable';
import { programmeCalendar } from '../public/programme-calendar';
import { PUBLIC_READER, publicMeeting } from '../public/public-meeting';
import { organizationsTable, PublicOrganization, publicOrganizations } from '../public/public-organizations';
import { RevisionCache } from '../public/revision-cache';
import { PublicFormatQuery, PublicMeetingResponse, PublicOrganizationsResponse } from './documents.dto';

const JSON_TYPE = 'application/json; charset=utf-8';
const CACHING =
  'No token. Rate limited per client address (RATE_LIMIT_PUBLIC_RPM). Cacheable: a strong ETag, and Cache-Control public, max-age=60; ' +
  'If-None-Match with the ETag gets 304 and no body.';

const NotModified = () =>
  applyDecorators(
    ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag of an earlier answer: 304 when it is still current' }),
    ApiResponse({ status: 304, description: 'Not modified: the ETag in If-None-Match is current' }),
  );

/** What civil society and the webcast read without a token (contract 1.1 "Public"). */
@ApiTags('Public')
@Controller('v1/public/meetings/:meetingId')
@Public()
export class PublicController {
  /** The public organizations of the meetings read lately, each until a list changes. */
  private readonly organizationsCache = new RevisionCache<Promise<PublicOrganization[]>>(64);

  constructor(
    private readonly meetings: MeetingQueries,
    private readonly accreditation: AccreditationQueries,
  ) {}

  @Get()
  @ApiOperation({ summary: 'A meeting and its programme, for the public', description: CACHING, security: [] })
  @ApiOkResponse({ type: PublicMeetingResponse })
  @NotModified()
  @ApiErrors(400, 404)
  async meeting(@Param() { meetingId }: MeetingParams, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const meeting = publicMeeting(await this.meetings.meeting(meetingId, PUBLIC_READER));
    return cacheable(request, reply, JSON.stringify(meeting), JSON_TYPE);
  }

  @Get('programme.ics')
  @ApiOperation({
    summary: 'The programme as an iCalendar feed (RFC 5545)',
    description: `One event per segment, times in UTC, UID stable across edits (a calendar updates the event), URL the webcast. ${CACHING}`,
    security: [],
  })
  @ApiOkResponse({ description: 'The calendar', content: { 'text/calendar': { schema: { type: 'string' } } } })
  @NotModified()
  @ApiErrors(400, 404)
  async calendar(@Param() { meetingId }: MeetingParams, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const view = await this.meetings.meeting(meetingId, PUBLIC_READER);
    const feed = programmeCalendar(publicMeeting(view), view.createdAt);
    void reply.header('content-disposition', `inline; filename="${meetingId}.ics"`);
    return cacheable(request, reply, feed, 'text/calendar; charset=utf-8');
  }

  @Get('organizations')
  @ApiOperation({
    summary: 'The organizations of every transmitted list, for the public',
    description:
      "After a list is transmitted: its approved organizations, and (as the meeting's objectionDisclosure allows) the objected ones " +
      `with the objecting States or their count, and those the General Assembly rejected; under "none", only the approved. ?format=csv: a CSV file. ${CACHING}`,
    security: [],
  })
  @ApiExtraModels(PublicOrganizationsResponse)
  @ApiOkResponse({
    description: 'The organizations, as JSON or (?format=csv) CSV',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(PublicOrganizationsResponse) } },
      [MEDIA_TYPES.csv]: { schema: { type: 'string' } },
    },
  })
  @NotModified()
  @ApiErrors(400, 404)
  async organizations(
    @Param() { meetingId }: MeetingParams,
    @Query() { format }: PublicFormatQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.meetings.meeting(meetingId, PUBLIC_READER);
    const organizations = await this.organizationsCache.get(meetingId, this.accreditation.listsRevision(), async () =>
      publicOrganizations(
        await Promise.all(this.accreditation.listIds(meetingId).map(async (id) => this.accreditation.list(meetingId, id, PUBLIC_READER))),
      ),
    );
    if (format !== 'csv') return cacheable(request, reply, JSON.stringify({ organizations }), JSON_TYPE);
    void reply.header('content-disposition', `attachment; filename="${meetingId}-organizations.csv"`);
    return cacheable(request, reply, toCsv(organizationsTable(organizations)), `${MEDIA_TYPES.csv}; charset=utf-8; header=present`);
  }
}
