import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { MEMBER_STATES, OBSERVERS, REGIONAL_GROUPS } from '../kernel/reference/reference-data';
import { Public } from '../platform/auth/roles';

const KINDS = ['member-state', 'observer'] as const;

export class ReferenceStateView {
  @ApiProperty({ example: 'FRA', description: 'ISO 3166-1 alpha-3 (VAT, PSE and EUU for the observers)' })
  code!: string;

  @ApiProperty({ example: 'France' })
  name!: string;

  @ApiProperty({ description: 'true for the observers (Holy See, State of Palestine, European Union)' })
  observer!: boolean;

  @ApiProperty({ enum: KINDS, description: 'member-state or observer, as `observer` says' })
  kind!: (typeof KINDS)[number];

  @ApiPropertyOptional({ enum: REGIONAL_GROUPS, description: 'Member States only' })
  regionalGroup?: string;
}

export class ReferenceStatesResponse {
  @ApiProperty({ type: [ReferenceStateView], description: 'The 193 Member States in alphabetical order, then the observers' })
  states!: ReferenceStateView[];
}

/** The engine's reference list of Member States and observers, public (the console's sign-in offers it before any token). */
@ApiTags('Reference')
@Controller('v1/reference')
export class ReferenceController {
  private readonly answer: ReferenceStatesResponse = {
    states: [
      ...[...MEMBER_STATES]
        .sort((a, b) => a.name.localeCompare(b.name, 'en'))
        .map(({ code, name, regionalGroup }) => ({ code, name, regionalGroup, observer: false, kind: 'member-state' as const })),
      ...OBSERVERS.map(({ code, name }) => ({ code, name, observer: true, kind: 'observer' as const })),
    ],
  };

  @Get('states')
  @Public()
  @ApiOperation({
    summary: 'Member States and observers of the reference list',
    description: 'Role: any, and no token needed (the sign-in offers it).',
    security: [],
  })
  @ApiOkResponse({ type: ReferenceStatesResponse })
  states(): ReferenceStatesResponse {
    return this.answer;
  }
}
