import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { NestedObject, Optional } from '../../platform/http/body-fields';
import { IsSafeText } from '../../platform/http/safe-text';
import { MAX_REASON_LENGTH } from '../domain/erasure.decider';

export class DelegationSubjectDto {
  @ApiProperty({ example: 'FRA', description: "The delegation's Member State (ISO 3166-1 alpha-3)" })
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 3166-1 alpha-3 code in capitals, such as FRA' })
  state!: string;
}

/** Exactly one of the fields: whose personal data is erased. */
export class ErasureSubjectDto {
  @ApiPropertyOptional({
    example: 'info@example.org',
    maxLength: 254,
    description: 'Every subject sealed with this address (found through the HMAC lookup)',
  })
  @Optional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  email?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "An entry's contact" })
  @Optional()
  @IsUUID()
  entryId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A representative (from issue 25 on; none is found before)' })
  @Optional()
  @IsUUID()
  representativeId?: string;

  @ApiPropertyOptional({ type: DelegationSubjectDto, description: "A delegation's members (from issue 25 on; none is found before)" })
  @Optional()
  @NestedObject(() => DelegationSubjectDto)
  delegation?: DelegationSubjectDto;
}

export class ErasureDto {
  @ApiProperty({ type: ErasureSubjectDto })
  @NestedObject(() => ErasureSubjectDto)
  subject!: ErasureSubjectDto;

  @ApiProperty({ maxLength: MAX_REASON_LENGTH, example: 'Request of the data subject, 2013-06-02' })
  @IsString()
  @MaxLength(MAX_REASON_LENGTH)
  @IsSafeText()
  reason!: string;
}

export class ErasedSubjectResponse {
  @ApiProperty({ format: 'uuid' })
  subjectId!: string;

  @ApiProperty({ enum: ['entry-contact', 'representative', 'delegation'] })
  kind!: string;

  @ApiProperty({ description: 'The entry id, representative id or State the subject belongs to' })
  reference!: string;

  @ApiPropertyOptional()
  meetingId?: string;
}

export class NotErasableResponse {
  @ApiProperty({ format: 'uuid' })
  entryId!: string;

  @ApiProperty()
  meetingId!: string;

  @ApiProperty()
  listId!: string;

  @ApiProperty({ enum: ['stored-in-the-clear'], description: 'Written before version 1.2, in the clear: no key can erase it' })
  reason!: string;
}

export class ErasureResponse {
  @ApiProperty({ type: [ErasedSubjectResponse], description: 'The subjects whose keys this erasure destroyed' })
  erased!: ErasedSubjectResponse[];

  @ApiProperty({
    type: [NotErasableResponse],
    description: 'The entries whose contact the log keeps in the clear (written before version 1.2)',
  })
  notErasable!: NotErasableResponse[];

  @ApiProperty({
    example: '42',
    pattern: '^\\d+$',
    description: 'Global position of the erasure event (or of the log when nothing was found: no event, no receipt)',
  })
  position!: string;

  @ApiPropertyOptional({
    description:
      'The signed receipt of the erasure event (contract 1.2, Transparency); absent while the engine signs no receipts, and for a request that found nothing',
  })
  receipt?: string;
}
