import { Body, Controller, Get, HttpCode, Inject, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { EVENT_STORE, EventStore } from '../../event-store/event-store.port';
import { isPosition } from '../../kernel/position';
import { fail } from '../../kernel/domain-error';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { AuditJobs } from '../jobs/audit-jobs.service';
import { exportLines } from '../jobs/export-lines';
import { AuditJobParams, AuditJobsResponse, AuditJobStarted, AuditJobView, StartAuditJobBody, toJobView } from './audit-jobs.dto';

const REPORT = {
  description:
    'verification, replay, rebuild-comparison: the report as JSON (each difference with its event’s `position`); ' +
    'export: the log as NDJSON, one stored event a line, in log order, up to the last event the job exported',
  content: {
    'application/json': { schema: { type: 'object', additionalProperties: true } },
    'application/x-ndjson': { schema: { type: 'string', format: 'binary' } },
  },
};

@ApiTags('Audit')
@ApiBearerAuth()
@Controller('v1/audit/jobs')
export class AuditJobsController {
  constructor(
    private readonly jobs: AuditJobs,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Post()
  @HttpCode(202)
  @Roles('auditor', 'pga')
  @ApiOperation({
    summary: 'Start an audit job in the background: verification, decision replay, rebuild comparison or export',
    description:
      'Roles: auditor, pga (the one POST an auditor may make: not a command, it writes no event and answers no position or receipt). ' +
      'One job runs at a time across every engine process on the log: while one runs, 409 INVALID_STATE names it ' +
      '(`details: { jobId, kind, since }`). With an Idempotency-Key, a repeat answers the same jobId.',
  })
  @ApiAcceptedResponse({ type: AuditJobStarted })
  @ApiErrors(400, 401, 403, 409, 422)
  async start(@Body() { kind }: StartAuditJobBody): Promise<AuditJobStarted> {
    return { jobId: await this.jobs.start(kind) };
  }

  @Get()
  @Roles('auditor', 'pga')
  @ApiOperation({
    summary: 'The recent audit jobs, newest first',
    description: 'Roles: auditor, pga. The same from every engine process. Not in the contract: the console lists jobs with it.',
  })
  @ApiOkResponse({ type: AuditJobsResponse })
  @ApiErrors(401, 403)
  async recent(): Promise<AuditJobsResponse> {
    return { jobs: (await this.jobs.recent()).map(toJobView) };
  }

  @Get(':jobId')
  @Roles('auditor', 'pga')
  @ApiOperation({
    summary: 'An audit job: its state and progress, then its summary',
    description:
      'Roles: auditor, pga. The same from every engine process. A running job whose process stopped (no heartbeat for 30 s) ' +
      'is failed, saying so in `summary.error`.',
  })
  @ApiOkResponse({ type: AuditJobView })
  @ApiErrors(400, 401, 403, 404)
  async job(@Param() { jobId }: AuditJobParams): Promise<AuditJobView> {
    return toJobView(await this.existing(jobId));
  }

  @Get(':jobId/report')
  @Roles('auditor', 'pga')
  @ApiOperation({
    summary: "An audit job's report, once it is done",
    description:
      'Roles: auditor, pga. JSON for verification (the first broken event’s position, streamId and revision), replay and ' +
      'rebuild comparison (each difference with its event’s position); for an export, NDJSON streamed from the log up to ' +
      'the position the job recorded, `x-content-sha256` its digest (as `npm run audit -- export` writes it; ' +
      '`npm run audit -- verify --in FILE` checks it). 409 INVALID_STATE while the job is not done, 404 for an unknown job.',
  })
  @ApiOkResponse(REPORT)
  @ApiErrors(400, 401, 403, 404, 409)
  async report(@Param() { jobId }: AuditJobParams, @Res({ passthrough: true }) reply: FastifyReply): Promise<unknown> {
    const job = await this.existing(jobId);
    if (job.state !== 'done') {
      fail('INVALID_STATE', `The ${job.kind} job ${jobId} is ${job.state}: its report exists once it is done.`, { state: job.state });
    }
    if (job.kind !== 'export') return JSON.parse((await this.jobs.report(jobId)) ?? 'null') as unknown;
    const { lastPosition, sha256 } = job.summary as { lastPosition: string | null; sha256: string };
    reply.header('x-content-sha256', sha256);
    const upTo = lastPosition !== null && isPosition(lastPosition) ? lastPosition : undefined;
    return new StreamableFile(Readable.from(exportLines(this.store, upTo)), {
      type: 'application/x-ndjson',
      disposition: `attachment; filename="history-${jobId}.ndjson"`,
    });
  }

  private async existing(jobId: string) {
    return (await this.jobs.find(jobId)) ?? fail('NOT_FOUND', `There is no audit job ${jobId}; GET /v1/audit/jobs lists the recent ones.`);
  }
}
