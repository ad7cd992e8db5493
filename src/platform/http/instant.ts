import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Matches } from 'class-validator';

const WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant that states its offset, as the contract requires. */
export const IsInstant = (description: string) =>
  applyDecorators(
    ApiProperty({ description, example: '2013-04-26T18:00:00-04:00', format: 'date-time' }),
    IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 instant such as 2013-04-26T18:00:00-04:00' }),
    Matches(WITH_OFFSET, { message: '$property must state its offset (Z or ±hh:mm)' }),
  );
