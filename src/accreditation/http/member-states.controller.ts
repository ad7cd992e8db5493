import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../shared/auth/request-context.decorator';
import { Roles } from '../../shared/auth/roles';
import { ApiErrors } from '../../shared/http/api-errors.decorator';
import { ListQueries } from '../projections/list.queries';

@ApiTags('Member States')
@ApiBearerAuth()
@Controller('v1/member-states/me')
export class MemberStatesController {
  constructor(private readonly queries: ListQueries) {}

  /** Every open batch, soonest deadline first, with the caller's own objections. */
  @Get('pending')
  @Roles('member-state')
  @ApiErrors(401, 403)
  pending(@Ctx() { actor }: RequestContext) {
    return this.queries.pendingFor(actor.state!);
  }
}
