import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsSlug } from '../../platform/http/identifiers';
import { LETTER_LANGUAGES, LetterLanguage } from '../letters/letter-language';

export class ListLetterParams {
  @IsSlug('The meeting id')
  meetingId!: string;

  @IsSlug('The list id')
  listId!: string;
}

export class BatchLetterParams extends ListLetterParams {
  @ApiProperty({ example: 1, minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  batch!: number;
}

export class LetterQuery {
  @ApiPropertyOptional({
    enum: LETTER_LANGUAGES,
    default: 'en',
    description: 'The language of the letter: English or French (Spanish, Russian, Chinese and Arabic are to follow)',
  })
  @IsOptional()
  @IsIn(LETTER_LANGUAGES, { message: 'lang must be en or fr: letters are written in English and French so far' })
  lang?: LetterLanguage;
}
