import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsTimeZone, Length, Matches, ValidateNested } from 'class-validator';
import { IsSlug, ISO_DURATION } from '../../platform/http/identifiers';
import { IsSafeText } from '../../platform/http/safe-text';
import { OBJECTION_DISCLOSURES, ObjectionDisclosure } from '../domain/meeting.events';

export class MeetingPolicyDto {
  @ApiPropertyOptional({ enum: OBJECTION_DISCLOSURES, default: 'organizations' })
  @IsOptional()
  @IsIn(OBJECTION_DISCLOSURES)
  objectionDisclosure?: ObjectionDisclosure;

  @ApiPropertyOptional({ default: false, description: 'Objected organizations go to the General Assembly for a decision' })
  @IsOptional()
  @IsBoolean()
  objectedGoToGeneralAssembly?: boolean;

  @ApiPropertyOptional({ type: [String], default: ['PT72H', 'PT24H'], description: 'ISO 8601 durations before each deadline' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(ISO_DURATION, { each: true, message: 'each of $property must be an ISO 8601 duration such as PT72H' })
  reminders?: string[];
}

export class CreateMeetingDto {
  @IsSlug('The meeting id, chosen by the client')
  id!: string;

  @ApiProperty({ example: 'High-level Meeting on the Appraisal of the Global Plan of Action to Combat Trafficking in Persons' })
  @IsString()
  @Length(1, 500)
  @IsSafeText()
  title!: string;

  @ApiProperty({ example: 'America/New_York', description: 'IANA time zone' })
  @IsTimeZone()
  timezone!: string;

  @ApiPropertyOptional({ example: 'United Nations Headquarters, New York' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @IsSafeText()
  venue?: string;

  @ApiPropertyOptional({ type: [String], example: ['A/RES/67/190'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @IsSafeText({ each: true })
  mandate?: string[];

  @ApiPropertyOptional({ type: MeetingPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingPolicyDto)
  policy?: MeetingPolicyDto;
}
