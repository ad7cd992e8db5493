import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '../../platform/http/body-fields';
import { PositionResponse } from '../../platform/http/position-response';

export class ImportQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: check the file and answer its rows and problems, storing nothing' })
  @Optional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}

export class ImportProblemResponse {
  @ApiProperty({ example: 3, description: 'The line in the file (the header row is line 1)' })
  row!: number;

  @ApiProperty({ example: 'country', description: 'The column (a field of the organization), or `file` for the file as a whole' })
  field!: string;

  @ApiProperty({ example: 'country must be an assigned ISO 3166-1 alpha-3 code, such as FRA' })
  message!: string;
}

export class ImportRowResponse {
  @ApiProperty({ example: 2, description: 'The line in the file (the header row is line 1)' })
  row!: number;

  @ApiPropertyOptional({ example: 'La Strada International' })
  name?: string;

  @ApiPropertyOptional({ example: 'NLD' })
  country?: string;

  @ApiPropertyOptional({ example: 'ngo' })
  category?: string;

  @ApiPropertyOptional({ example: 'special' })
  ecosocStatus?: string;

  @ApiPropertyOptional({ example: 'https://lastradainternational.org' })
  website?: string;

  @ApiPropertyOptional({ example: 'info@example.org' })
  contactEmail?: string;
}

export class ImportPreviewResponse {
  @ApiProperty({
    enum: ['nihil-obstat', 'indico'],
    description: "Whose columns the file has: the contract's, or Indico's registration export (Affiliation, Country, Email Address, …)",
  })
  layout!: 'nihil-obstat' | 'indico';

  @ApiProperty({
    type: [String],
    example: ['ID', 'Name', 'First Name'],
    description: 'Columns of an Indico export that the import does not read',
  })
  ignoredColumns!: string[];

  @ApiProperty({ type: [ImportRowResponse], description: 'Every row below the header, as read (cells trimmed, empty ones left out)' })
  rows!: ImportRowResponse[];

  @ApiProperty({ type: [ImportProblemResponse], description: 'Every problem that would refuse the import; empty when it would succeed' })
  errors!: ImportProblemResponse[];
}

export class EntriesImportedResponse extends PositionResponse {
  @ApiProperty({ type: [String], description: 'The new entries, in the order of the rows of the file' })
  entryIds!: string[];
}
