import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ListLetters } from '../../accreditation/accreditation.public';
import { Actor } from '../../kernel/events';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { batchLetter, LetterJob } from '../letters/batch-letter';
import { transmittalLetter } from '../letters/transmittal-letter';
import { PdfRenderer } from '../rendering/pdf-renderer';
import { BatchLetterParams, LetterQuery, ListLetterParams } from './letters.dto';
import { renderFor } from './pdf-answer';

const PDF = { description: 'The letter as PDF (A4)', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

@ApiTags('Documents and exports')
@ApiBearerAuth()
@Controller('v1/meetings/:meetingId/lists/:listId')
export class LettersController {
  constructor(
    private readonly letters: ListLetters,
    private readonly renderer: PdfRenderer,
  ) {}

  @Get('batches/:batch/letter')
  @Roles('pga', 'auditor', 'member-state', 'observer')
  @ApiOperation({
    summary: "The PGA's letter submitting a batch to Member States on a non-objection basis, with the annexed list",
    description:
      "Role: any. The batch as submitted, its deadline as it stands (with its hour on the meeting's clock), the list sorted by country then name. The footer gives the position in the log of the event the letter rests on and the SHA-256 of what it shows. Without Chromium: 503 RENDERER_UNAVAILABLE. Over DOCUMENTS_MAX_ROWS rows: 409 INVALID_STATE (export CSV or XLSX). Over the caller's share of the renderer: 429 RATE_LIMITED.",
  })
  @ApiOkResponse(PDF)
  @ApiErrors(400, 401, 404, 409, 429, 503)
  async batchLetter(
    @Param() { meetingId, listId, batch }: BatchLetterParams,
    @Query() { lang = 'en' }: LetterQuery,
    @Ctx() { actor }: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.pdf(batchLetter(await this.letters.batchLetter(meetingId, listId, batch), lang), actor, reply);
  }

  @Get('transmittal-letter')
  @Roles('pga', 'auditor', 'member-state', 'observer')
  @ApiOperation({
    summary: 'The letter bringing the final list to the attention of the General Assembly',
    description:
      "Role: any. Only once the list is transmitted (409 INVALID_STATE before). The approved organizations, and the others with the outcome the meeting's disclosure policy allows. Without Chromium: 503 RENDERER_UNAVAILABLE. Over DOCUMENTS_MAX_ROWS rows: 409 INVALID_STATE (export CSV or XLSX). Over the caller's share of the renderer: 429 RATE_LIMITED.",
  })
  @ApiOkResponse(PDF)
  @ApiErrors(400, 401, 404, 409, 429, 503)
  async transmittalLetter(
    @Param() { meetingId, listId }: ListLetterParams,
    @Query() { lang = 'en' }: LetterQuery,
    @Ctx() { actor }: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.pdf(transmittalLetter(await this.letters.transmittalLetter(meetingId, listId), lang), actor, reply);
  }

  private async pdf(job: LetterJob, actor: Actor, reply: FastifyReply): Promise<StreamableFile> {
    const pdf = await renderFor(this.renderer, job, actor, reply);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: attachment(job.filename), length: pdf.length });
  }
}

/** The file names are made of slugs and digits: plain ASCII, quoted as RFC 6266 asks. */
function attachment(filename: string): string {
  return `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
