import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsString, IsUrl, MaxLength } from 'class-validator';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { ApiError } from '../../platform/http/api-error';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { RegisterWebhookCommand } from './register-webhook.handler';
import { RotateWebhookSecretCommand } from './rotate-webhook-secret.handler';
import { WebhookDocument, WEBHOOKS_PREFIX, WEBHOOKS_PROJECTION } from './webhooks.projection';

const SECRET_DESCRIPTION =
  'The Standard Webhooks signing secret of the State (whsec_ and base64). Shown only in this answer: keep it, ' +
  'or rotate it to get a new one. A repeat with the same Idempotency-Key answers without it.';

export class WebhookDto {
  @ApiProperty({
    example: 'https://mission.example.org/un/reminders',
    description: 'https (http only with NODE_ENV development or test); no user name or password; a host with public addresses only',
    maxLength: 2000,
  })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  url!: string;
}

export class WebhookResponse {
  @ApiProperty({ example: 'FRA', description: "The caller's State" })
  state!: string;

  @ApiProperty({ example: 'https://mission.example.org/un/reminders' })
  url!: string;

  @ApiPropertyOptional({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: `The first registration only. ${SECRET_DESCRIPTION}`,
  })
  secret?: string;

  @ApiProperty({ example: '42', pattern: '^\\d+$', description: 'Global position of the registration, a decimal string' })
  position!: string;
}

export class RegisteredWebhookResponse {
  @ApiProperty({ example: 'https://mission.example.org/un/reminders' })
  url!: string;

  @ApiProperty({ example: '2013-04-20T14:00:00.000Z', description: 'When the State registered this URL (its last registration), in UTC' })
  registeredAt!: string;
}

export class WebhookSecretResponse {
  @ApiProperty({ example: 'FRA', description: "The caller's State" })
  state!: string;

  @ApiPropertyOptional({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: SECRET_DESCRIPTION })
  secret?: string;

  @ApiProperty({ example: '43', pattern: '^\\d+$', description: 'Global position of the rotation, a decimal string' })
  position!: string;
}

@ApiTags('Member States')
@ApiBearerAuth()
@Controller('v1/member-states/me/webhook')
export class MemberStateWebhookController {
  constructor(
    private readonly commands: CommandBus,
    private readonly documents: ProjectionStore,
  ) {}

  /** The URL registered last for the caller's State, and when; never its secret. */
  @Get()
  @Roles('member-state')
  @ApiOperation({
    summary: "The URL registered for the caller's State, and when",
    description: 'Role: member-state. Never the signing secret. 404 NOT_FOUND while the State has registered none.',
  })
  @ApiOkResponse({ type: RegisteredWebhookResponse })
  @ApiErrors(401, 403, 404)
  registered(@Ctx() { actor }: RequestContext): RegisteredWebhookResponse {
    const hook = this.documents.get<WebhookDocument>(WEBHOOKS_PROJECTION, `${WEBHOOKS_PREFIX}${actor.state!}`);
    if (!hook) {
      throw new ApiError(
        'NOT_FOUND',
        `${actor.state!} has registered no webhook yet; register one with PUT /v1/member-states/me/webhook { url }.`,
      );
    }
    return { url: hook.url, registeredAt: hook.registeredAt };
  }

  /** Where reminders of deadlines are POSTed for the caller's State. */
  @Put()
  @HttpCode(200)
  @Roles('member-state')
  @ApiOperation({
    summary: "Register the URL where reminders of deadlines are POSTed for the caller's State",
    description:
      'Role: member-state. Every delivery is signed by the Standard Webhooks specification (webhook-id, webhook-timestamp, ' +
      'webhook-signature). The first registration answers the signing secret. Refused (400): a URL with a user name or ' +
      'password, or whose host is or resolves to a loopback, private, link-local, multicast or unspecified address.',
  })
  @ApiOkResponse({ type: WebhookResponse, description: 'The URL is registered' })
  @ApiErrors(400, 401, 403)
  async register(@Body() { url }: WebhookDto, @Ctx() context: RequestContext): Promise<WebhookResponse> {
    const { position, secret } = await this.commands.execute(new RegisterWebhookCommand(url, context));
    return { state: context.actor.state!, url, ...(secret ? { secret } : {}), position };
  }

  /** A new signing secret for the caller's State. */
  @Post('secret')
  @HttpCode(200)
  @Roles('member-state')
  @ApiOperation({
    summary: "Rotate the signing secret of the caller's State's webhook",
    description: 'Role: member-state. Deliveries from now on are signed with the new secret only; the old one is forgotten.',
  })
  @ApiOkResponse({ type: WebhookSecretResponse, description: 'The new secret' })
  @ApiErrors(401, 403, 409, 422)
  async rotate(@Ctx() context: RequestContext): Promise<WebhookSecretResponse> {
    const { position, secret } = await this.commands.execute(new RotateWebhookSecretCommand(context));
    return { state: context.actor.state!, ...(secret ? { secret } : {}), position };
  }
}
