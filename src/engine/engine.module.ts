import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { AccreditationModule } from '../accreditation/accreditation.module';
import { ArrangementsModule } from '../arrangements/arrangements.module';
import { AuditModule } from '../audit/audit.module';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { DocumentsModule } from '../documents/documents.module';
import { LiveModule } from '../live/live.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { loggerOptions } from '../platform/logging';
import { EngineCoreModule } from './engine-core.module';
import { AUDIT_JOB_PROVIDERS } from './engine-audit-jobs';
import { ENGINE_MANIFESTS } from './manifests';
import { DevTokensController } from '../platform/auth/dev-tokens.controller';
import { MeController } from '../platform/auth/me.controller';
import { MetricsController } from '../platform/metrics/metrics.controller';
import { HealthController } from './health.controller';
import { ReferenceController } from './reference.controller';

/** The composition root: the platform, the engine's shared services, and every capability wired to them. */
@Module({
  imports: [
    LoggerModule.forRootAsync({ useFactory: () => loggerOptions() }),
    CqrsModule.forRoot(),
    TerminusModule,
    EngineCoreModule,
    AccreditationModule.register(EngineCoreModule),
    ArrangementsModule.register(EngineCoreModule),
    DeadlinesModule.register(EngineCoreModule),
    AuditModule.register(EngineCoreModule, AUDIT_JOB_PROVIDERS),
    DocumentsModule.register(EngineCoreModule),
    PersonalDataModule.register(EngineCoreModule),
    LiveModule.register(EngineCoreModule, ENGINE_MANIFESTS),
  ],
  controllers: [HealthController, ReferenceController, DevTokensController, MeController, MetricsController],
})
export class EngineModule {}
