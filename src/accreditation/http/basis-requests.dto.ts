import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { OrganizationDto } from './list.dto';

const INSTANT = { format: 'date-time', example: '2013-05-10T22:00:00.000Z' };

export class BasisAnswerDto {
  @ApiProperty({ example: 'FRA', description: 'The Member State that requested the general basis' })
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 3166-1 alpha-3 code in capitals, such as FRA' })
  state!: string;
}

export class BasisView {
  @ApiPropertyOptional({ example: 'EGY', description: 'Only where the meeting\'s disclosure is "organizations-and-states"' })
  state?: string;

  @ApiProperty({
    example: 'Not in conformity with the purposes of the meeting',
    description: 'The reason given with the objection, or a sentence saying none was given',
  })
  reason!: string;
}

export class BasisRequestView {
  @ApiProperty({ example: 'trafficking-2013' })
  meetingId!: string;

  @ApiProperty({ example: 'civil-society' })
  listId!: string;

  @ApiProperty({ format: 'uuid' })
  entryId!: string;

  @ApiProperty({ type: OrganizationDto })
  organization!: OrganizationDto;

  @ApiProperty(INSTANT)
  requestedAt!: string;

  @ApiPropertyOptional({ ...INSTANT, description: 'When the PGA made the general basis known' })
  madeKnownAt?: string;

  @ApiPropertyOptional({ type: [BasisView], description: 'Once the PGA has answered: the general basis of each standing objection' })
  bases?: BasisView[];
}

export class BasisRequestsResponse {
  @ApiProperty({ type: [BasisRequestView], description: "The caller's requests, oldest first" })
  requests!: BasisRequestView[];
}

export class EntryBasisRequestView {
  @ApiProperty({ example: 'FRA' })
  state!: string;

  @ApiProperty(INSTANT)
  requestedAt!: string;

  @ApiPropertyOptional(INSTANT)
  madeKnownAt?: string;
}
