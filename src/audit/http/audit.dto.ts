import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const POSITION_PATTERN = /^(0|[1-9][0-9]{0,29})$/;
const POSITION = { description: 'Global position, a decimal string', example: '42', pattern: '^\\d+$' };
const INSTANT = { format: 'date-time', example: '2013-05-10T22:00:00.000Z' };
const DIGEST = {
  description: 'SHA-256, lower-case hex',
  example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  pattern: '^[0-9a-f]{64}$',
};

export class AuditEventsQuery {
  @ApiPropertyOptional({
    ...POSITION,
    example: '0',
    description:
      'Events strictly after this global position (the `next` of the previous page). With `stream` too: the ' +
      "stream's events whose global position is after it (not a revision).",
  })
  @IsOptional()
  @Matches(POSITION_PATTERN, { message: '$property must be a global position: a decimal integer such as 42' })
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100, description: 'Events per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ example: 'list-trafficking-2013-civil-society', description: "Only this stream's events" })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  stream?: string;
}

export class AuditActorView {
  @ApiProperty({ enum: ['pga', 'member-state', 'observer', 'auditor', 'system'] })
  role!: string;

  @ApiProperty({ example: 'pga-officer-1' })
  subject!: string;

  @ApiPropertyOptional({ example: 'FRA' })
  state?: string;
}

export class AuditMetadataView {
  @ApiProperty({ description: 'The x-correlation-id of the request that led to the event' })
  correlationId!: string;

  @ApiProperty({ description: 'The command (request) that caused the event' })
  causationId!: string;

  @ApiProperty({ type: AuditActorView })
  actor!: AuditActorView;

  @ApiProperty({ ...INSTANT, description: 'When the command reached the engine' })
  occurredAt!: string;

  @ApiProperty({ example: 1 })
  schemaVersion!: number;
}

export class AuditEventView {
  @ApiProperty(POSITION)
  position!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: 'list-trafficking-2013-civil-society' })
  streamId!: string;

  @ApiProperty({ example: 0, description: 'Zero-based revision in the stream' })
  revision!: number;

  @ApiProperty({ example: 'OrganizationProposed' })
  type!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'As stored, at its stored schema version' })
  data!: object;

  @ApiProperty({ type: AuditMetadataView, description: 'As stored, without hash and previousHash (shown beside it)' })
  metadata!: AuditMetadataView;

  @ApiProperty({ ...INSTANT, description: 'When the store committed the event' })
  recordedAt!: string;

  @ApiProperty({ ...DIGEST, nullable: true, type: String, description: 'The event hash; null for an event stored without one' })
  hash!: string | null;

  @ApiProperty({ ...DIGEST, nullable: true, type: String, description: "The previous event's hash in the stream; null at revision 0" })
  previousHash!: string | null;
}

export class AuditEventsResponse {
  @ApiProperty({ type: [AuditEventView], description: 'In global order' })
  events!: AuditEventView[];

  @ApiProperty({ ...POSITION, nullable: true, type: String, description: 'Pass as `after` for the next page; null: no more events now' })
  next!: string | null;
}

export class BrokenEventView {
  @ApiProperty(POSITION)
  position!: string;

  @ApiProperty()
  streamId!: string;

  @ApiProperty()
  revision!: number;

  @ApiProperty({
    enum: [
      'missing hash',
      'revision gap',
      'previousHash does not match the previous event',
      'hash mismatch',
      'position gap',
      'column copy mismatch',
    ],
  })
  reason!: string;

  @ApiPropertyOptional({ example: 'Expected revision 3 of the stream, found 4.' })
  detail?: string;
}

export class VerificationResponse {
  @ApiProperty({ description: 'Every hash chain is intact' })
  ok!: boolean;

  @ApiProperty({ example: 1000000, description: 'Events examined, the broken one included' })
  eventsChecked!: number;

  @ApiPropertyOptional({
    example: 0,
    description: 'On EventStoreDB: events of streams that are not the engine’s (other applications, test leftovers), not checked',
  })
  foreignEvents?: number;

  @ApiPropertyOptional({ type: BrokenEventView, description: 'The first broken event in global order' })
  firstBroken?: BrokenEventView;
}
