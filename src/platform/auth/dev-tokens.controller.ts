import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiCreatedResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { APP_CONFIG, AppConfig } from '../config';
import { ApiError } from '../http/api-error';
import { ApiErrors } from '../http/api-errors.decorator';
import { Public, Role, ROLES } from './roles';
import { actorFromClaims } from './token-claims';

/** Lifetime of a development token: a working day (the contract's `AUTH_MAX_TOKEN_LIFETIME_MS` default). */
export const DEV_TOKEN_LIFETIME_S = 12 * 60 * 60;

/** A subject that is safe to show and to log: short, and no spaces or markup. */
const SUBJECT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** `NODE_ENV` values in which anyone who reaches the engine may mint a token. */
export const DEV_TOKEN_ENVIRONMENTS = ['development', 'test'];

export class DevTokenRequestDto {
  @ApiProperty({ enum: ROLES, example: 'member-state' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ example: 'FRA', description: 'For member-state and observer: the State or observer acted for' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: '$property must be a three-letter code such as FRA' })
  state?: string;

  @ApiPropertyOptional({
    example: 'pga-officer-2',
    description: "The token's subject, so that two people of one role can be signed in (default dev-<role>[-<state>])",
    pattern: SUBJECT_PATTERN.source,
  })
  @IsOptional()
  @Matches(SUBJECT_PATTERN, { message: '$property must be 1 to 64 letters, digits, dots, hyphens or underscores' })
  sub?: string;
}

export class DevTokenResponse {
  @ApiProperty({ description: 'A bearer token (HS256) valid for 12 hours' })
  token!: string;
}

/**
 * `POST /v1/dev/tokens`: the console's development sign-in ("sign in as …"). It exists only when
 * NODE_ENV is development or test; elsewhere it answers 404 like any unknown route.
 */
@ApiTags('Development')
@Controller('v1/dev')
export class DevTokensController {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('tokens')
  @HttpCode(201)
  @Public()
  @ApiOperation({
    summary: 'Make a token for any role (development and test only)',
    description:
      'Role: none, no token needed. Exists only when NODE_ENV is development or test (404 otherwise): anyone who reaches the engine can sign in as anyone.',
    security: [],
  })
  @ApiCreatedResponse({ type: DevTokenResponse })
  @ApiErrors(400, 404)
  create(@Body() { role, state, sub }: DevTokenRequestDto): DevTokenResponse {
    if (!DEV_TOKEN_ENVIRONMENTS.includes(this.config.nodeEnv)) throw new ApiError('NOT_FOUND', 'Cannot POST /v1/dev/tokens');
    const subject = sub ?? `dev-${role}${state ? `-${state.toLowerCase()}` : ''}`;
    const claims = { sub: subject, role, ...(state && (role === 'member-state' || role === 'observer') ? { state } : {}) };
    const problem = actorFromClaims(claims);
    if (typeof problem === 'string') {
      throw new ApiError('VALIDATION_FAILED', `No token can be made: ${problem}.`, [{ field: 'state', problems: [problem] }]);
    }
    return { token: this.jwt.sign(claims, { expiresIn: DEV_TOKEN_LIFETIME_S }) };
  }
}
