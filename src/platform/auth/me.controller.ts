import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { memberState, OBSERVERS } from '../../kernel/reference/reference-data';
import { APP_CONFIG, AppConfig } from '../config';
import { DEV_TOKEN_ENVIRONMENTS } from './dev-tokens.controller';
import { ApiErrors } from '../http/api-errors.decorator';
import { Ctx, RequestContext } from './request-context.decorator';
import { Public, ROLES } from './roles';

export class MeResponse {
  @ApiProperty({ example: 'dev-member-state-fra', description: "The token's subject" })
  sub!: string;

  @ApiProperty({ enum: ROLES })
  role!: string;

  @ApiPropertyOptional({ example: 'FRA', description: 'member-state and observer: the State or observer acted for' })
  state?: string;

  @ApiPropertyOptional({ example: 'France', description: "The State's name in the reference list (English)" })
  stateName?: string;
}

export class AuthConfigResponse {
  @ApiPropertyOptional({ example: 'https://login.example.org/realms/un', description: 'AUTH_OIDC_ISSUER; absent: no OpenID sign-in' })
  issuer?: string;

  @ApiPropertyOptional({ example: 'nihil-obstat-console', description: 'AUTH_OIDC_CLIENT_ID' })
  clientId?: string;

  @ApiPropertyOptional({ example: 'openid profile', description: 'AUTH_OIDC_SCOPES, space-separated (default "openid profile")' })
  scopes?: string;

  @ApiPropertyOptional({
    example: true,
    description:
      'true where POST /v1/dev/tokens exists (NODE_ENV development or test): the console offers "sign in as …"; absent elsewhere',
  })
  devSignIn?: true;
}

function stateNameOf(code: string): string | undefined {
  return memberState(code)?.name ?? OBSERVERS.find((observer) => observer.code === code)?.name;
}

/** Who the caller's token speaks for, and how the console signs people in (contract 1.1, "Console and sign-in"). */
@ApiTags('Sign-in')
@Controller('v1')
export class MeController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: "Who the caller's token speaks for", description: 'Any role.' })
  @ApiOkResponse({ type: MeResponse })
  @ApiErrors(401)
  me(@Ctx() { actor }: RequestContext): MeResponse {
    const stateName = actor.state ? stateNameOf(actor.state) : undefined;
    return { sub: actor.subject, role: actor.role, ...(actor.state ? { state: actor.state, stateName } : {}) };
  }

  @Get('auth/config')
  @Public()
  @ApiOperation({
    summary: 'How the console signs people in: the OpenID provider, if any',
    description:
      'Role: none, no token needed. Without AUTH_OIDC_ISSUER, no issuer, client id or scopes; devSignIn: true where POST /v1/dev/tokens exists.',
    security: [],
  })
  @ApiOkResponse({ type: AuthConfigResponse })
  authConfig(): AuthConfigResponse {
    const { issuer, clientId, scopes } = this.config.oidc;
    const devSignIn = DEV_TOKEN_ENVIRONMENTS.includes(this.config.nodeEnv) ? { devSignIn: true as const } : {};
    if (!issuer) return devSignIn;
    return { issuer, ...(clientId ? { clientId } : {}), scopes, ...devSignIn };
  }
}
