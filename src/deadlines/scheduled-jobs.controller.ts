import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../platform/auth/roles';
import { ApiErrors } from '../platform/http/api-errors.decorator';
import { DEADLINE_SCHEDULER, DeadlineScheduler } from './deadline-scheduler.port';

@ApiTags('Deadlines')
@ApiBearerAuth()
@Controller('v1/scheduled-jobs')
export class ScheduledJobsController {
  constructor(@Inject(DEADLINE_SCHEDULER) private readonly scheduler: DeadlineScheduler) {}

  /** The dead letters: closures, reminders and webhook deliveries that kept failing after every retry. */
  @Get('failed')
  @Roles('pga', 'auditor')
  @ApiErrors(401, 403)
  async failed() {
    return { jobs: await this.scheduler.failed(), scheduler: await this.scheduler.health() };
  }
}
