import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import { AuditController } from './http/audit.controller';
import { AuditJobsController } from './http/audit-jobs.controller';
import { AuditJobs } from './jobs/audit-jobs.service';
import { AuditHistory } from './index/audit-history';

/**
 * The audit routes. `engine` provides the (hash-chained) event store and the configuration; `jobs`, from
 * the composition root, the audit jobs' board and the engine's projections (see AuditJobs).
 */
@Module({})
export class AuditModule {
  static register(engine: Type<unknown>, jobs: Provider[]): DynamicModule {
    return {
      module: AuditModule,
      imports: [engine],
      controllers: [AuditController, AuditJobsController],
      providers: [...jobs, AuditJobs, AuditHistory],
    };
  }
}
