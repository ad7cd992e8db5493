import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { NestedObject, NestedObjects, Optional } from '../../platform/http/body-fields';
import { IsSlug } from '../../platform/http/identifiers';
import { IsIsoCountry, IsSafeText } from '../../platform/http/safe-text';
import { IsInstant } from '../../platform/http/instant';
import { ECOSOC_STATUSES, EcosocStatus, LIST_KINDS, ListKind, ORGANIZATION_CATEGORIES, OrganizationCategory } from '../domain/list.events';

const STATE_CODE = /^[A-Z]{3}$/;
const STATE_MESSAGE = { message: '$property must be an ISO 3166-1 alpha-3 code in capitals, such as FRA' };

export class CreateListDto {
  @IsSlug('The list id, chosen by the client')
  id!: string;

  @ApiProperty({ enum: LIST_KINDS, description: 'ecosoc: paragraph 8; non-objection: paragraph 9' })
  @IsIn(LIST_KINDS)
  kind!: ListKind;

  @ApiProperty({ example: 'Other relevant non-governmental organizations, civil society, private sector and media', maxLength: 300 })
  @IsString()
  @Length(1, 300)
  @IsSafeText()
  title!: string;
}

export class OrganizationDto {
  @ApiProperty({ example: 'La Strada International', minLength: 1, maxLength: 300 })
  @IsString()
  @Length(1, 300)
  @IsSafeText()
  name!: string;

  @ApiProperty({ example: 'NLD', description: 'ISO 3166-1 alpha-3 (an officially assigned code)' })
  @IsIsoCountry()
  country!: string;

  @ApiProperty({ enum: ORGANIZATION_CATEGORIES })
  @IsIn(ORGANIZATION_CATEGORIES)
  category!: OrganizationCategory;

  @ApiPropertyOptional({ enum: ECOSOC_STATUSES, description: 'Required on an ecosoc list' })
  @Optional()
  @IsIn(ECOSOC_STATUSES)
  ecosocStatus?: EcosocStatus;

  @ApiPropertyOptional({ example: 'https://lastradainternational.org', maxLength: 2000 })
  @Optional()
  @IsString()
  @MaxLength(2000)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  website?: string;

  @ApiPropertyOptional({ example: 'info@example.org', maxLength: 254 })
  @Optional()
  @IsString()
  @MaxLength(254)
  @IsEmail()
  contactEmail?: string;
}

/** One organization, or 1 to 1000 of them at once (all or nothing). */
export class ProposeEntriesDto {
  @ApiPropertyOptional({ type: OrganizationDto })
  @Optional()
  @NestedObject(() => OrganizationDto)
  organization?: OrganizationDto;

  @ApiPropertyOptional({ type: [OrganizationDto], minItems: 1, maxItems: 1000 })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @NestedObjects(() => OrganizationDto)
  organizations?: OrganizationDto[];
}

export class DeadlineDto {
  @IsInstant('The deadline: an instant with its offset, in the future')
  deadline!: string;
}

export class ObjectionDto {
  @ApiPropertyOptional({ maxLength: 2000, description: 'No reason is required' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  @IsSafeText()
  reason?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['DZA', 'EGY'],
    maxItems: 193,
    description: 'Member States on whose behalf the State objects',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(193)
  @IsString({ each: true })
  @Matches(STATE_CODE, { each: true, ...STATE_MESSAGE })
  onBehalfOf?: string[];
}

export class CancellationDto {
  @ApiProperty({ example: 'The deadline was typed a year too late.', minLength: 1, maxLength: 2000 })
  @IsString()
  @Length(1, 2000)
  @IsSafeText()
  reason!: string;
}

export class GeneralAssemblyDecisionDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  @ApiProperty({ example: 'A/78/L.99', description: 'Document symbol of the decision', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  @IsSafeText()
  reference!: string;
}

export class ListParams {
  @IsSlug('The meeting id')
  meetingId!: string;

  @IsSlug('The list id')
  listId!: string;
}

export class EntryParams extends ListParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  entryId!: string;
}

export class BatchParams extends ListParams {
  @ApiProperty({ example: 1, minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  batch!: number;
}
