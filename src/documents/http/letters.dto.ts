import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsSlug } from '../../platform/http/identifiers';
import { UN_LANGUAGES, UnLanguage } from '../../kernel/languages';
import { LANG_MESSAGE } from './document-language';

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
    enum: UN_LANGUAGES,
    default: 'en',
    description:
      'The language of the letter, one of the six official languages of the United Nations: Arabic, Chinese, English, French, Russian or Spanish',
  })
  @IsOptional()
  @IsIn(UN_LANGUAGES, { message: LANG_MESSAGE })
  lang?: UnLanguage;
}
