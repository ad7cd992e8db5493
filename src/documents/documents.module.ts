import { DynamicModule, Module, Type } from '@nestjs/common';
import { AccreditationQueries, MeetingQueries } from '../accreditation/accreditation.public';
import { ArrangementsQueries } from '../arrangements/arrangements.public';
import { ExportsController } from './http/exports.controller';
import { PublicController } from './http/public.controller';
import { SummaryController } from './http/summary.controller';

/**
 * The paper the procedure runs on (contract 1.1 "Documents and exports", "Public"): exports, the public
 * meeting, programme feed and organizations, and the summaries. It writes nothing; it reads the other
 * capabilities' views through their public entry points. `engine` provides the stores they read.
 */
@Module({})
export class DocumentsModule {
  static register(engine: Type<unknown>): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [engine],
      controllers: [ExportsController, PublicController, SummaryController],
      providers: [AccreditationQueries, MeetingQueries, ArrangementsQueries],
    };
  }
}
