import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { NestedObjects, Optional } from '../../platform/http/body-fields';
import { IsSlug } from '../../platform/http/identifiers';
import { IsSafeText } from '../../platform/http/safe-text';
import { IsInstant } from '../../platform/http/instant';
import { REGIONAL_GROUPS } from '../../kernel/reference/reference-data';
import { OPENING_SPEAKER_ROLES, OpeningSpeakerRole } from '../domain/arrangements.events';
import { SEGMENT_KINDS, SegmentKind } from '../domain/segments';
import { Level, LEVELS } from '../domain/speaking-order';

export class SegmentDto {
  @IsSlug("The segment id, chosen by the client; a panel segment's id is the panel id")
  id!: string;

  @ApiProperty({ enum: SEGMENT_KINDS })
  @IsIn(SEGMENT_KINDS)
  kind!: SegmentKind;

  @ApiProperty({ example: 'Interactive panel discussion 1', maxLength: 300 })
  @IsString()
  @Length(1, 300)
  @IsSafeText()
  title!: string;

  @IsInstant('Start, an instant with its offset (stored in UTC)')
  startsAt!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2013-05-13T16:30:00-04:00',
    description: 'Required but for the closing plenary, which follows the exhausted list of speakers',
  })
  @Optional()
  @IsInstant('End, later than the start')
  endsAt?: string;

  @ApiPropertyOptional({
    maxLength: 1000,
    description: 'Required for a panel',
    example: 'Sharing Best Practices and Lessons Learned for Prevention and Prosecution',
  })
  @Optional()
  @IsString()
  @Length(1, 1000)
  @IsSafeText()
  theme?: string;

  @ApiPropertyOptional({
    maxLength: 2000,
    format: 'uri',
    example: 'https://webtv.un.org/',
    description: 'Where the segment is webcast: an https URL',
  })
  @Optional()
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['https'], require_protocol: true, require_tld: false }, { message: '$property must be an https URL' })
  webcastUrl?: string;
}

export class ProgrammeDto {
  @ApiProperty({ type: [SegmentDto], minItems: 1, maxItems: 50 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @NestedObjects(() => SegmentDto)
  segments!: SegmentDto[];
}

export class ConsultationDto {
  @ApiProperty({ enum: REGIONAL_GROUPS })
  @IsIn(REGIONAL_GROUPS)
  regionalGroup!: string;

  @ApiPropertyOptional({ maxLength: 2000, example: 'Consulted the Chair of the group for the month of May.' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  @IsSafeText()
  note?: string;
}

export class ChairInvitationDto {
  @ApiProperty({ example: 'PHL', description: 'A Member State (ISO 3166-1 alpha-3)' })
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 3166-1 alpha-3 code in capitals, such as FRA' })
  state!: string;
}

export class ChairResponseDto {
  @ApiProperty({ description: 'true to accept, false to decline' })
  @IsBoolean()
  accept!: boolean;
}

export class SummaryDto {
  @ApiProperty({ maxLength: 20000, example: 'The panel stressed partnerships to protect and assist victims.' })
  @IsString()
  @Length(1, 20000)
  @IsSafeText()
  text!: string;
}

const POINTS = (what: string) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], maxItems: 50, description: `${what}: up to 50 points of up to 2,000 characters` }),
    Optional(),
    IsArray(),
    ArrayMaxSize(50),
    IsString({ each: true }),
    Length(1, 2000, { each: true }),
    IsSafeText({ each: true }),
  );

/** Paragraph 4: the President's summary of the meeting. */
export class PresidentSummaryDto {
  @ApiProperty({ maxLength: 20000, example: 'The meeting reaffirmed the commitment to the Global Plan of Action.' })
  @IsString()
  @Length(1, 20000)
  @IsSafeText()
  text!: string;

  @POINTS('What the meeting achieved')
  achievements?: string[];

  @POINTS('The gaps it identified')
  gaps?: string[];

  @POINTS('The challenges ahead')
  challenges?: string[];
}

export class OpeningSpeakerDto {
  @ApiProperty({ maxLength: 300, example: 'A. N. Other' })
  @IsString()
  @Length(1, 300)
  @IsSafeText()
  name!: string;

  @ApiPropertyOptional({ maxLength: 300, description: "For the NGO representative, defaults to the entry's organization" })
  @Optional()
  @IsString()
  @Length(1, 300)
  @IsSafeText()
  organization?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for the ngo-representative: an approved entry of an ecosoc list of the meeting',
  })
  @Optional()
  @IsUUID()
  entryId?: string;

  @ApiPropertyOptional({ description: 'Sensitive: shown only to pga and auditor' })
  @Optional()
  @IsBoolean()
  survivor?: boolean;
}

export class ReopeningDto {
  @ApiProperty({ maxLength: 2000, example: 'The chair of panel 2 can no longer attend.' })
  @IsString()
  @Length(1, 2000)
  @IsSafeText()
  reason!: string;
}

export class InscriptionDto {
  @IsSlug('A plenary meeting of the programme')
  segmentId!: string;

  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS)
  level!: Level;

  @ApiProperty({ maxLength: 300, example: 'H.E. Ms. A. Minister' })
  @IsString()
  @Length(1, 300)
  @IsSafeText()
  speakerName!: string;
}

export class InscriptionQuery {
  @IsSlug('The plenary meeting whose list of speakers has the inscription')
  segmentId!: string;
}

export class SpeakersClosureDto {
  @IsSlug('The plenary meeting whose list of speakers closes')
  segmentId!: string;
}

export class SpeakersQuery {
  @ApiPropertyOptional({
    pattern: '^[a-z0-9][a-z0-9-]{2,63}$',
    description: 'One segment; without it, every plenary meeting in programme order',
  })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{2,63}$/, { message: '$property must be a segment id' })
  segmentId?: string;
}

export class PanelParams {
  @IsSlug('The meeting id')
  meetingId!: string;

  @IsSlug('The panel id (the id of its panel segment)')
  panelId!: string;
}

export class OpeningSpeakerParams {
  @IsSlug('The meeting id')
  meetingId!: string;

  @ApiProperty({ enum: OPENING_SPEAKER_ROLES })
  @IsIn(OPENING_SPEAKER_ROLES)
  role!: OpeningSpeakerRole;
}
