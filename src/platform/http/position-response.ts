import { ApiProperty } from '@nestjs/swagger';

/** What every command answers at least: where its events are in the log. */
export class PositionResponse {
  @ApiProperty({
    description: 'Global position of the last event the command stored, as a decimal string. Every GET reflects it once answered.',
    example: '42',
    pattern: '^\\d+$',
  })
  position!: string;
}
