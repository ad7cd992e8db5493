import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { memberState, OBSERVERS } from '../../kernel/reference/reference-data';
import { APP_CONFIG, AppConfig } from '../config';
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
    description: 'Role: none, no token needed. An empty object when AUTH_OIDC_ISSUER is not set.',
    security: [],
  })
  @ApiOkResponse({ type: AuthConfigResponse })
  authConfig(): AuthConfigResponse {
    const { issuer, clientId, scopes } = this.config.oidc;
    if (!issuer) return {};
    return { issuer, ...(clientId ? { clientId } : {}), scopes };
  }
}
