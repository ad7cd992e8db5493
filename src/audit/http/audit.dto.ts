import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SLUG } from '../../platform/http/identifiers';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const POSITION_PATTERN = /^(0|[1-9][0-9]{0,39})$/;
const ACTOR_ROLES = ['pga', 'member-state', 'observer', 'auditor', 'system'];
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

  @ApiPropertyOptional({ example: 'list-trafficking-2013-civil-society', description: "Version 1's name of `streamId`" })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  stream?: string;

  @ApiPropertyOptional({ example: 'list-trafficking-2013-civil-society', description: "Only this stream's events" })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  streamId?: string;

  @ApiPropertyOptional({
    example: 'trafficking-2013',
    description: "Only the events of this meeting's streams (meeting, lists, arrangements, speakers)",
  })
  @IsOptional()
  @Matches(SLUG, { message: '$property must be a meeting id: 3-64 lower-case letters, digits and hyphens' })
  meetingId?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['EntryObjected'],
    description: 'Only events of these types: repeat the parameter (`type=A&type=B`) for several',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? (value as unknown[]) : [value]))
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  type?: string[];

  @ApiPropertyOptional({ enum: ACTOR_ROLES, description: 'Only events whose actor has this role' })
  @IsOptional()
  @IsIn(ACTOR_ROLES)
  actorRole?: string;

  @ApiPropertyOptional({ example: 'FRA', description: 'Only events whose actor acted for this State (ISO 3166-1 alpha-3)' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: '$property must be a State code: three capital letters, such as FRA' })
  actorState?: string;

  @ApiPropertyOptional({ description: 'Only events of this correlation id (one request, or a chain of engine work)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  correlationId?: string;

  @ApiPropertyOptional({ ...INSTANT, description: 'Only events recorded at or after this instant (ISO 8601 with its offset)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 instant with its offset, such as 2013-05-10T22:00:00Z' })
  from?: string;

  @ApiPropertyOptional({ ...INSTANT, description: 'Only events recorded at or before this instant (ISO 8601 with its offset)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 instant with its offset, such as 2013-05-10T22:00:00Z' })
  to?: string;

  @ApiPropertyOptional({
    enum: ['asc', 'desc'],
    default: 'asc',
    description: '`asc`: oldest first, page with `after`; `desc`: newest first, page with `before`',
  })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({
    ...POSITION,
    description: 'With `order=desc`: events strictly before this global position (the `next` of the previous page)',
  })
  @IsOptional()
  @Matches(POSITION_PATTERN, { message: '$property must be a global position: a decimal integer such as 42' })
  before?: string;
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
  @ApiProperty({ example: 0, description: "The event's place in the log: 0 for the first event, no gap, whatever the positions are" })
  index!: number;

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

  @ApiProperty({
    ...POSITION,
    nullable: true,
    type: String,
    description: 'Pass as `after` (ascending) or `before` (with `order=desc`) for the next page; null: no more events now',
  })
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
