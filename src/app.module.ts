import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AccreditationModule } from './accreditation/accreditation.module';
import { ArrangementsModule } from './arrangements/arrangements.module';
import { AuditModule } from './audit/audit.module';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { EventStoreModule } from './event-store/event-store.module';
import { loggerOptions } from './shared/logging';
import { HealthController } from './shared/health/health.controller';
import { SharedModule } from './shared/shared.module';

@Module({
  imports: [
    LoggerModule.forRootAsync({ useFactory: () => loggerOptions() }),
    CqrsModule.forRoot(),
    TerminusModule,
    SharedModule,
    EventStoreModule,
    AccreditationModule,
    ArrangementsModule,
    DeadlinesModule,
    AuditModule,
  ],
  controllers: [HealthController],
})
export class AppModule {}
