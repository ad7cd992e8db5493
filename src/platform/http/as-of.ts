import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, ApiQuery } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from './instant';

const AS_OF = 'The state as it stood at this instant (when the store had committed the events up to it), rebuilt from the events';

/** `?asOf=<instant>` on a view: absent, the live view. */
export class AsOfQuery {
  @ApiPropertyOptional({ description: AS_OF })
  @IsOptional()
  @IsInstant(AS_OF)
  asOf?: string;
}

/** Documents `?asOf=` on a GET route in the OpenAPI document. */
export const ApiAsOf = () =>
  applyDecorators(
    ApiQuery({
      name: 'asOf',
      required: false,
      description: AS_OF,
      schema: { type: 'string', format: 'date-time', example: '2013-04-26T18:00:00-04:00' },
    }),
  );
