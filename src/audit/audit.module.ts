import { Module } from '@nestjs/common';
import { AuditController } from './http/audit.controller';

/** The audit routes. The hash chain itself wraps the event store (see event-store.factory.ts). */
@Module({
  controllers: [AuditController],
})
export class AuditModule {}
