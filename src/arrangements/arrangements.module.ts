import { Module, OnModuleInit } from '@nestjs/common';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { ArrangementsCommandHandler } from './commands/arrangements-command.handler';
import { NgoEntryLookup } from './commands/ngo-entry.lookup';
import { SpeakersCommandHandler } from './commands/speakers-command.handler';
import { ArrangementsController } from './http/arrangements.controller';
import { PanelsController } from './http/panels.controller';
import { SpeakersController } from './http/speakers.controller';
import { ArrangementsProjection } from './projections/arrangements.projection';
import { ArrangementsQueries } from './projections/arrangements.queries';
import { SpeakersProjection } from './projections/speakers.projection';

/** Paragraphs 1, 2, 3, 5 and 10: programme, panel chairs, opening speakers, lists of speakers, finalization. */
@Module({
  controllers: [ArrangementsController, PanelsController, SpeakersController],
  providers: [ArrangementsCommandHandler, SpeakersCommandHandler, NgoEntryLookup, ArrangementsQueries],
})
export class ArrangementsModule implements OnModuleInit {
  constructor(private readonly projections: ProjectionRunner) {}

  onModuleInit(): void {
    this.projections.register(new ArrangementsProjection());
    this.projections.register(new SpeakersProjection());
  }
}
