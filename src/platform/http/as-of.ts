import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, ApiQuery } from '@nestjs/swagger';
import { IsOptional, Matches, ValidateBy } from 'class-validator';
import { Position, toPosition } from '../../kernel/position';
import { IsInstant } from './instant';

const AS_OF = 'The state as it stood at this instant (when the store had committed the events up to it), rebuilt from the events';
const AS_OF_POSITION =
  'The state just after the event at this global position (the log up to and including it, whatever stream the event ' +
  "is in), rebuilt from the events; a position beyond the log's end gives the state now. Not with asOf";
const POSITION_PATTERN = /^(0|[1-9][0-9]{0,29})$/;

/** Refuses `asOfPosition` beside `asOf`: the two name different points of the log. */
const NotWithAsOf = () =>
  ValidateBy({
    name: 'notWithAsOf',
    validator: {
      validate: (_value, args) => (args?.object as AsOfQuery).asOf === undefined,
      defaultMessage: () => '$property cannot be given with asOf: give one of them',
    },
  });

/** `?asOf=<instant>` or `?asOfPosition=<position>` on a view: neither, the live view. */
export class AsOfQuery {
  @ApiPropertyOptional({ description: AS_OF })
  @IsOptional()
  @IsInstant(AS_OF)
  asOf?: string;

  @ApiPropertyOptional({ description: AS_OF_POSITION, example: '42', pattern: '^\\d+$' })
  @IsOptional()
  @Matches(POSITION_PATTERN, { message: '$property must be a global position: a decimal integer such as 42' })
  @NotWithAsOf()
  asOfPosition?: string;
}

/** The point of the log a validated query asks for (an instant or a position), or undefined for the live view. */
export function pointInLog({ asOf, asOfPosition }: AsOfQuery): Date | Position | undefined {
  if (asOfPosition !== undefined) return toPosition(asOfPosition);
  return asOf === undefined ? undefined : new Date(asOf);
}

/** Documents `?asOf=` and `?asOfPosition=` on a GET route in the OpenAPI document. */
export const ApiAsOf = () =>
  applyDecorators(
    ApiQuery({
      name: 'asOf',
      required: false,
      description: AS_OF,
      schema: { type: 'string', format: 'date-time', example: '2013-04-26T18:00:00-04:00' },
    }),
    ApiQuery({
      name: 'asOfPosition',
      required: false,
      description: `${AS_OF_POSITION} (both: 400 VALIDATION_FAILED)`,
      schema: { type: 'string', pattern: '^\\d+$', example: '42' },
    }),
  );

export class AsOfAnswer {
  @ApiPropertyOptional({ format: 'date-time', example: '2013-04-26T22:00:00.000Z', description: 'The instant asked for (asOf), in UTC' })
  at?: string;

  @ApiPropertyOptional({ example: '42', pattern: '^\\d+$', description: 'The global position asked for (asOfPosition)' })
  position?: string;
}

/** A view that can be read as of a point of the log: it then says which point (`asOf`), to show beside it. */
export class AsOfStamped {
  @ApiPropertyOptional({
    type: AsOfAnswer,
    description: 'Only with ?asOf= or ?asOfPosition=: the point of the log the view is as of (`at` or `position`)',
  })
  asOf?: AsOfAnswer;
}
