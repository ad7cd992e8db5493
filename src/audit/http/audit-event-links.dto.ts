import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { AuditActorView, AuditEventView } from './audit.dto';

export class AuditEventParams {
  @ApiProperty({ description: 'Global position, a decimal string', example: '42', pattern: '^\\d+$' })
  @Matches(/^(0|[1-9][0-9]{0,39})$/, { message: '$property must be a global position: a decimal integer such as 42' })
  position!: string;
}

export class AuditRequestCauseView {
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'RaiseObjection',
    description: "The kind of command the request made (its first event's `metadata.command.kind`); null for events stored without it",
  })
  command!: string | null;

  @ApiProperty({ type: AuditActorView, description: 'Who made the request' })
  actor!: AuditActorView;

  @ApiProperty({
    format: 'date-time',
    example: '2013-05-10T22:00:00.000Z',
    description: 'When the request reached the engine (`occurredAt`)',
  })
  at!: string;
}

@ApiExtraModels(AuditEventView, AuditRequestCauseView)
export class AuditEventLinksResponse {
  @ApiProperty({ type: AuditEventView })
  event!: AuditEventView;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(AuditEventView) }, { $ref: getSchemaPath(AuditRequestCauseView) }],
    description:
      "The event whose `eventId` is this event's `causationId` (engine work: the event that scheduled it), " +
      'or, for a request, `{ command, actor, at }`',
  })
  causedBy!: AuditEventView | AuditRequestCauseView;

  @ApiProperty({
    type: [AuditEventView],
    description: "Events whose `causationId` is this event's `eventId`, in log order (at most 1,000)",
  })
  ledTo!: AuditEventView[];

  @ApiProperty({
    type: [AuditEventView],
    description: 'Added: the other events of the same command (the same `causationId`), in log order (at most 1,000)',
  })
  sameCommand!: AuditEventView[];
}
