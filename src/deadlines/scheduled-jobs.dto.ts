import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The answer of GET /v1/scheduled-jobs/failed, for the OpenAPI document only. */

export class FailedJobView {
  @ApiProperty({ example: 'close/trafficking-2013/civil-society/1/1368223200000' })
  id!: string;

  @ApiProperty({ enum: ['close-batch', 'reminder', 'webhook'] })
  kind!: string;

  @ApiProperty({ example: 8, description: 'Attempts made before the job was kept as failed' })
  attempts!: number;

  @ApiProperty({ example: 'connect ECONNREFUSED 10.0.0.7:443', description: 'The error of the last attempt' })
  error!: string;
}

export class SchedulerHealthView {
  @ApiProperty({ enum: ['in-process', 'bullmq'] })
  kind!: string;

  @ApiProperty()
  up!: boolean;

  @ApiProperty({ example: 0 })
  waiting!: number;

  @ApiProperty({ example: 3 })
  delayed!: number;

  @ApiProperty({ example: 1 })
  failed!: number;

  @ApiPropertyOptional({ description: 'Why the scheduler is down' })
  message?: string;
}

export class FailedJobsResponse {
  @ApiProperty({ type: [FailedJobView] })
  jobs!: FailedJobView[];

  @ApiProperty({ type: SchedulerHealthView })
  scheduler!: SchedulerHealthView;
}
