import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext } from '../../platform/auth/request-context.decorator';
import { Roles } from '../../platform/auth/roles';
import { ApiErrors } from '../../platform/http/api-errors.decorator';
import { AccreditationQueries } from '../projections/accreditation.queries';
import { PendingResponse } from './responses.dto';

@ApiTags('Member States')
@ApiBearerAuth()
@Controller('v1/member-states/me')
export class MemberStatesController {
  constructor(private readonly queries: AccreditationQueries) {}

  /** Every open batch, soonest deadline first, with the caller's own objections. */
  @Get('pending')
  @Roles('member-state')
  @ApiOperation({ summary: "Open batches awaiting the caller's consideration, soonest deadline first", description: 'Role: member-state.' })
  @ApiOkResponse({ type: PendingResponse })
  @ApiErrors(401, 403)
  pending(@Ctx() { actor }: RequestContext) {
    return this.queries.pendingFor(actor.state!);
  }
}
