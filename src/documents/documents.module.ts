import { DynamicModule, Module, Type } from '@nestjs/common';
import { ListLetters } from '../accreditation/accreditation.public';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { APP_CONFIG, AppConfig } from '../platform/config';
import { LettersController } from './http/letters.controller';
import { chromiumLauncher } from './rendering/chromium-browser';
import { PdfRenderer } from './rendering/pdf-renderer';

/** Letters as PDF, rendered by one shared Chromium process. `engine` provides the event store, the views and the config. */
@Module({})
export class DocumentsModule {
  static register(engine: Type<unknown>): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [engine],
      controllers: [LettersController],
      providers: [
        { provide: PdfRenderer, inject: [APP_CONFIG], useFactory: createRenderer },
        {
          provide: ListLetters,
          inject: [EVENT_STORE, ProjectionStore],
          useFactory: (store: EventStore, documents: ProjectionStore) => new ListLetters(store, documents),
        },
      ],
    };
  }
}

function createRenderer(config: AppConfig): PdfRenderer {
  const { chromiumPath, renderTimeoutMs, renderConcurrency } = config.documents;
  return new PdfRenderer(chromiumLauncher(chromiumPath, renderTimeoutMs), { timeoutMs: renderTimeoutMs, concurrency: renderConcurrency });
}
