import { Body, Controller, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { BodyLimit, BULK_BODY_LIMIT } from '../../platform/http/body-limits';
import { AcceptsUploads, isUploadedFile, UPLOAD_MEDIA_TYPES, wrongMediaType } from '../../platform/http/upload-body';
import { EntriesImport } from './entries-import';
import { EntriesImportedResponse, ImportPreviewResponse, ImportQuery } from './import.dto';
import { ListParams } from './list.dto';

@ApiTags('Stakeholder lists')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/lists/:listId/entries/import')
export class EntriesImportController {
  constructor(private readonly entries: EntriesImport) {}

  @Post()
  @HttpCode(201)
  @BodyLimit(BULK_BODY_LIMIT)
  @AcceptsUploads()
  @Roles('pga')
  @ApiOperation({
    summary: 'Propose the organizations of a CSV or XLSX file (all or nothing), or check the file first (dryRun=true)',
    description:
      'Role: pga. Body: the file itself, up to 2 MiB: a header row (name, country, category, ecosocStatus?, website?, ' +
      'contactEmail?) and 1 to 1000 rows, each checked as a single proposal is. `row` in answers is the line in the file, ' +
      'the header being line 1. CSV: UTF-8, comma-separated, with or without a byte order mark. XLSX: the first worksheet; ' +
      'formulas are refused, never evaluated. At most 64 columns; a CSV line at most 65,536 characters; a workbook at most ' +
      '16 MiB once unpacked (counted as it is inflated), its worksheet at most 128,128 cells and 10,010 rows, empty ones ' +
      'included: beyond, 400 VALIDATION_FAILED naming the limit, before the file is read.',
  })
  @ApiConsumes(...UPLOAD_MEDIA_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: ImportPreviewResponse, description: 'dryRun=true: the rows and every problem; nothing is stored' })
  @ApiCreatedResponse({ type: EntriesImportedResponse, description: 'Every row proposed' })
  @ApiErrors(400, 401, 403, 404, 409, 413, 415, 422)
  async import(
    @Param() { meetingId, listId }: ListParams,
    @Query() { dryRun }: ImportQuery,
    @Body() body: unknown,
    @Ctx() context: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!isUploadedFile(body)) throw wrongMediaType(reply.request);
    if (dryRun !== 'true') return this.entries.import(meetingId, listId, body, context);
    void reply.status(200);
    return this.entries.preview(meetingId, listId, body, context);
  }
}
