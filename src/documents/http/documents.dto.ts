import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { IsSlug, SLUG } from '../../platform/http/identifiers';
import { DOCUMENT_FORMATS, DocumentFormat } from '../exports/formats';
import { UN_LANGUAGES, UnLanguage } from '../../kernel/languages';
import { LANG_MESSAGE } from './document-language';

export class ListParams {
  @IsSlug('The meeting id')
  meetingId!: string;

  @IsSlug('The list id')
  listId!: string;
}

/** `?format=`: overrides Accept (contract 1.1 "Documents and exports"). */
export class FormatQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_FORMATS, description: 'Overrides Accept; a format this route does not offer is 406' })
  @IsOptional()
  @IsIn(DOCUMENT_FORMATS)
  format?: DocumentFormat;
}

/** `?format=` and, for PDF, `?lang=`. */
export class PrintableQuery extends FormatQuery {
  @ApiPropertyOptional({
    enum: UN_LANGUAGES,
    default: 'en',
    description:
      'The language of the PDF, one of the six official languages of the United Nations: Arabic, Chinese, English, French, Russian or Spanish',
  })
  @IsOptional()
  @IsIn(UN_LANGUAGES, { message: LANG_MESSAGE })
  lang?: UnLanguage;
}

export class SpeakersExportQuery extends PrintableQuery {
  @ApiPropertyOptional({ pattern: SLUG.source, description: 'One plenary meeting; without it, every plenary meeting in programme order' })
  @IsOptional()
  @Matches(SLUG, { message: '$property must be a segment id' })
  segmentId?: string;
}

export class PresidentSummaryView {
  @ApiProperty()
  text!: string;

  @ApiProperty({ type: [String] })
  achievements!: string[];

  @ApiProperty({ type: [String] })
  gaps!: string[];

  @ApiProperty({ type: [String] })
  challenges!: string[];

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

export class ChairSummaryResponse {
  @ApiProperty({ example: 'panel-1' })
  panelId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  theme!: string;

  @ApiProperty({ example: 'PHL', description: 'The State that chaired the panel' })
  chair!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

export class SummaryResponse {
  @ApiProperty({ example: 'trafficking-2013' })
  meetingId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: PresidentSummaryView, nullable: true, description: "The President's summary (paragraph 4); null until recorded" })
  president!: PresidentSummaryView | null;

  @ApiProperty({ type: [ChairSummaryResponse], description: "The panel chairs' summaries (paragraph 3c), in programme order" })
  panels!: ChairSummaryResponse[];
}

/** `?format=` of the public organizations: JSON unless csv. */
export class PublicFormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: the same organizations as a CSV file' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class PublicSegmentResponse {
  @ApiProperty({ example: 'opening-plenary' })
  id!: string;

  @ApiProperty({ enum: ['opening-plenary', 'plenary', 'panel', 'closing-plenary'] })
  kind!: string;

  @ApiProperty()
  title!: string;

  @ApiPropertyOptional()
  theme?: string;

  @ApiProperty({ format: 'date-time' })
  startsAt!: string;

  @ApiPropertyOptional({ format: 'date-time' })
  endsAt?: string;

  @ApiProperty({ example: '2013-05-13T09:00:00-04:00', description: "The start on the meeting's clock" })
  startsAtLocal!: string;

  @ApiPropertyOptional({ example: '2013-05-13T10:00:00-04:00' })
  endsAtLocal?: string;

  @ApiPropertyOptional({ format: 'uri', description: 'Where the segment is webcast' })
  webcastUrl?: string;
}

export class PublicMeetingResponse {
  @ApiProperty({ example: 'trafficking-2013' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ example: 'America/New_York' })
  timezone!: string;

  @ApiPropertyOptional()
  venue?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'The start of the first segment' })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'The end of the last segment, when every segment has an end' })
  endsAt?: string;

  @ApiProperty({ type: [PublicSegmentResponse] })
  programme!: PublicSegmentResponse[];
}

export class PublicOrganizationResponse {
  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 'NLD' })
  country!: string;

  @ApiProperty({ example: 'Netherlands' })
  countryName!: string;

  @ApiProperty({ enum: ['ngo', 'civil-society', 'private-sector', 'media', 'academia'] })
  category!: string;

  @ApiProperty()
  listId!: string;

  @ApiProperty({ enum: ['approved', 'objected', 'rejected'] })
  status!: string;

  @ApiPropertyOptional({ type: [String], description: 'Objected: the objecting States, where the disclosure policy names them' })
  objectingStates?: string[];

  @ApiPropertyOptional({ description: 'Objected: how many States objected, where the disclosure policy counts them' })
  objectionCount?: number;
}

export class PublicOrganizationsResponse {
  @ApiProperty({ type: [PublicOrganizationResponse] })
  organizations!: PublicOrganizationResponse[];
}
