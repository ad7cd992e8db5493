import { DynamicModule, Module, Type } from '@nestjs/common';
import { ArrangementsCommandHandler } from './commands/arrangements-command.handler';
import { SpeakersCommandHandler } from './commands/speakers-command.handler';
import { ArrangementsController } from './http/arrangements.controller';
import { PanelsController } from './http/panels.controller';
import { SpeakersController } from './http/speakers.controller';
import { ArrangementsQueries } from './projections/arrangements.queries';

/**
 * Programme, panel chairs, opening speakers, lists of speakers, finalization over HTTP (paragraphs 1,
 * 2, 3, 5 and 10). `engine` provides the event store, the clock and the accreditation facts.
 */
@Module({})
export class ArrangementsModule {
  static register(engine: Type<unknown>): DynamicModule {
    return {
      module: ArrangementsModule,
      imports: [engine],
      controllers: [ArrangementsController, PanelsController, SpeakersController],
      providers: [ArrangementsCommandHandler, SpeakersCommandHandler, ArrangementsQueries],
    };
  }
}
