import { DynamicModule, Module, Type } from '@nestjs/common';
import { AuditController } from './http/audit.controller';
import { AuditHistory } from './index/audit-history';

/** The audit routes. `engine` provides the (hash-chained) event store and the configuration. */
@Module({})
export class AuditModule {
  static register(engine: Type<unknown>): DynamicModule {
    return { module: AuditModule, imports: [engine], controllers: [AuditController], providers: [AuditHistory] };
  }
}
