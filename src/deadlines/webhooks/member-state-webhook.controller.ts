import { Body, Controller, HttpCode, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsUrl } from 'class-validator';
import { CommandExecutor } from '../../event-store/commands/command-executor';
import { Ctx, RequestContext } from '../../shared/auth/request-context.decorator';
import { Roles } from '../../shared/auth/roles';
import { Clock } from '../../shared/clock';
import { APP_CONFIG, AppConfig } from '../../shared/config';
import { ApiErrors } from '../../shared/http/api-errors.decorator';
import { webhookDecider } from './webhook.decider';
import { memberStateStream } from './webhook.events';

export class WebhookDto {
  @ApiProperty({ example: 'https://mission.example.org/un/reminders', description: 'https with NODE_ENV=production' })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false })
  url!: string;
}

export class WebhookResponse {
  @ApiProperty({ example: 'FRA', description: "The caller's State" })
  state!: string;

  @ApiProperty({ example: 'https://mission.example.org/un/reminders' })
  url!: string;

  @ApiProperty({ example: '42', pattern: '^\\d+$', description: 'Global position of the registration, a decimal string' })
  position!: string;
}

@ApiTags('Member States')
@ApiBearerAuth()
@Controller('v1/member-states/me/webhook')
export class MemberStateWebhookController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Where reminders of deadlines are POSTed for the caller's State. */
  @Put()
  @HttpCode(200)
  @Roles('member-state')
  @ApiOperation({
    summary: "Register the URL where reminders of deadlines are POSTed for the caller's State",
    description: 'Role: member-state.',
  })
  @ApiOkResponse({ type: WebhookResponse, description: 'The URL is registered' })
  @ApiErrors(400, 401, 403)
  async register(@Body() { url }: WebhookDto, @Ctx() context: RequestContext) {
    const command = {
      kind: 'RegisterWebhook' as const,
      url,
      requireHttps: this.config.nodeEnv === 'production',
      actor: context.actor,
      now: this.clock.now(),
    };
    const result = await this.executor.execute(memberStateStream(context.actor.state!), webhookDecider, command, context);
    return { state: context.actor.state, url, position: result.position };
  }
}
