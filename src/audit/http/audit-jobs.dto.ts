import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { AUDIT_JOB_KINDS, AuditJob, AuditJobKind } from '../../event-store/jobs/audit-job-board';

const KIND = {
  enum: AUDIT_JOB_KINDS,
  example: 'verification',
  description:
    'verification: every hash chain recomputed; replay: every recorded decision re-run with the current rules; ' +
    'rebuild-comparison: every projection rebuilt from zero and compared with the live one; export: the log as NDJSON',
};

export class StartAuditJobBody {
  @ApiProperty(KIND)
  @IsIn(AUDIT_JOB_KINDS, { message: `kind must be one of ${AUDIT_JOB_KINDS.join(', ')}` })
  kind!: AuditJobKind;
}

export class AuditJobStarted {
  @ApiProperty({ format: 'uuid', description: 'Follow it with GET /v1/audit/jobs/{jobId}' })
  jobId!: string;
}

export class AuditJobParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'jobId must be a job id (a UUID, as POST /v1/audit/jobs answers it)' })
  jobId!: string;
}

export class AuditJobProgress {
  @ApiProperty({ example: 1234, description: 'Events done so far' })
  done!: number;

  @ApiProperty({
    example: 10000,
    description:
      'Events to do: the log as it stood when the job started (0 while unknown, on EventStoreDB); done equals it once the job is done',
  })
  total!: number;
}

export class AuditJobView {
  @ApiProperty({ format: 'uuid' })
  jobId!: string;

  @ApiProperty(KIND)
  kind!: AuditJobKind;

  @ApiProperty({
    enum: ['queued', 'running', 'done', 'failed'],
    description: 'done: the job ran to its end (its summary says what it found); failed: it could not (summary.error says why)',
  })
  state!: string;

  @ApiProperty({ type: AuditJobProgress })
  progress!: AuditJobProgress;

  @ApiProperty({ format: 'date-time', example: '2013-05-10T22:00:00.000Z' })
  startedAt!: string;

  @ApiPropertyOptional({ format: 'date-time', example: '2013-05-10T22:01:00.000Z' })
  finishedAt?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Once finished. verification: { ok, eventsChecked, firstBroken? }; replay: { ok, events, commandsReplayed, skipped, mismatchCount }; ' +
      'rebuild-comparison: { matches, events, differenceCount, uncovered }; export: { events, lastPosition, sha256 }; failed: { error }',
  })
  summary?: Record<string, unknown>;
}

export class AuditJobsResponse {
  @ApiProperty({ type: [AuditJobView], description: 'The 20 most recent jobs, newest first' })
  jobs!: AuditJobView[];
}

export function toJobView(job: AuditJob): AuditJobView {
  return {
    jobId: job.jobId,
    kind: job.kind,
    state: job.state,
    progress: job.progress,
    startedAt: job.startedAt.toISOString(),
    ...(job.finishedAt ? { finishedAt: job.finishedAt.toISOString() } : {}),
    ...(job.summary ? { summary: job.summary } : {}),
  };
}
