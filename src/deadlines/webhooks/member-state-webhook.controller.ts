import { Body, Controller, HttpCode, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, IsUrl, MaxLength } from 'class-validator';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { RegisterWebhookCommand } from './register-webhook.handler';

export class WebhookDto {
  @ApiProperty({ example: 'https://mission.example.org/un/reminders', description: 'https with NODE_ENV=production', maxLength: 2000 })
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

  @ApiProperty({ example: '42', pattern: '^\\d+$', description: 'Global position of the registration, a decimal string' })
  position!: string;
}

@ApiTags('Member States')
@ApiBearerAuth()
@Controller('v1/member-states/me/webhook')
export class MemberStateWebhookController {
  constructor(private readonly commands: CommandBus) {}

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
    const result = await this.commands.execute(new RegisterWebhookCommand(url, context));
    return { state: context.actor.state, url, position: result.position };
  }
}
