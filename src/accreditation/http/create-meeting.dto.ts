import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsTimeZone, Length, Matches, MaxLength } from 'class-validator';
import { NestedObject, Optional } from '../../platform/http/body-fields';
import { IsSlug, ISO_DURATION } from '../../platform/http/identifiers';
import { IsSafeText } from '../../platform/http/safe-text';
import { OBJECTION_DISCLOSURES, ObjectionDisclosure } from '../domain/meeting.events';

export class MeetingPolicyDto {
  @ApiPropertyOptional({ enum: OBJECTION_DISCLOSURES, default: 'organizations' })
  @Optional()
  @IsIn(OBJECTION_DISCLOSURES)
  objectionDisclosure?: ObjectionDisclosure;

  @ApiPropertyOptional({ default: false, description: 'Objected organizations go to the General Assembly for a decision' })
  @Optional()
  @IsBoolean()
  objectedGoToGeneralAssembly?: boolean;

  @ApiPropertyOptional({
    type: [String],
    default: ['PT72H', 'PT24H'],
    maxItems: 10,
    description: 'ISO 8601 durations before each deadline (each at most 32 characters)',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  @Matches(ISO_DURATION, { each: true, message: 'each of $property must be an ISO 8601 duration such as PT72H' })
  reminders?: string[];
}

export class CreateMeetingDto {
  @IsSlug('The meeting id, chosen by the client')
  id!: string;

  @ApiProperty({
    example: 'High-level Meeting on the Appraisal of the Global Plan of Action to Combat Trafficking in Persons',
    maxLength: 500,
  })
  @IsString()
  @Length(1, 500)
  @IsSafeText()
  title!: string;

  @ApiProperty({ example: 'America/New_York', description: 'IANA time zone', maxLength: 64 })
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  timezone!: string;

  @ApiPropertyOptional({ example: 'United Nations Headquarters, New York', maxLength: 300 })
  @Optional()
  @IsString()
  @Length(1, 300)
  @IsSafeText()
  venue?: string;

  @ApiPropertyOptional({ type: [String], example: ['A/RES/67/190'], maxItems: 50, description: 'Each 1-200 characters' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @IsSafeText({ each: true })
  mandate?: string[];

  @ApiPropertyOptional({ type: MeetingPolicyDto })
  @Optional()
  @NestedObject(() => MeetingPolicyDto)
  policy?: MeetingPolicyDto;
}
