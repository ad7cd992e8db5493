import { DynamicModule, Module, Type } from '@nestjs/common';
import { AccreditationQueries, ListLetters, MeetingQueries } from '../accreditation/accreditation.public';
import { ArrangementsQueries } from '../arrangements/arrangements.public';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { APP_CONFIG, AppConfig } from '../platform/config';
import { ExportsController } from './http/exports.controller';
import { LettersController } from './http/letters.controller';
import { PublicController } from './http/public.controller';
import { SummaryController } from './http/summary.controller';
import { chromiumLauncher, LaunchBrowser } from './rendering/chromium-browser';
import { PdfRenderer } from './rendering/pdf-renderer';
import { PersonalDataVault } from '../platform/personal-data/personal-data-vault';

/**
 * The paper the procedure runs on (contract 1.1 "Documents and exports", "Public"): letters as PDF rendered
 * by one shared Chromium process, exports, the public meeting, programme feed and organizations, and the
 * summaries. It writes nothing; it reads the other capabilities' views through their public entry points.
 * `engine` provides the event store, the stores of the views and the config.
 */
@Module({})
export class DocumentsModule {
  static register(engine: Type<unknown>): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [engine],
      controllers: [ExportsController, LettersController, PublicController, SummaryController],
      providers: [
        AccreditationQueries,
        MeetingQueries,
        ArrangementsQueries,
        {
          provide: LAUNCH_BROWSER,
          inject: [APP_CONFIG],
          useFactory: ({ documents }: AppConfig) => chromiumLauncher(documents.chromiumPath, documents.renderTimeoutMs),
        },
        { provide: PdfRenderer, inject: [APP_CONFIG, LAUNCH_BROWSER, PersonalDataVault], useFactory: createRenderer },
        {
          provide: ListLetters,
          inject: [EVENT_STORE, ProjectionStore],
          useFactory: (store: EventStore, documents: ProjectionStore) => new ListLetters(store, documents),
        },
      ],
    };
  }
}

/** The token of the function that starts Chromium (tests put a browser of their own in its place). */
export const LAUNCH_BROWSER = Symbol('LAUNCH_BROWSER');

/** The renderer, whose cache of PDFs is dropped whenever personal data is erased. */
function createRenderer(config: AppConfig, launch: LaunchBrowser, vault: PersonalDataVault): PdfRenderer {
  const { renderTimeoutMs, renderConcurrency, rendersPerCaller, cacheBytes, maxRows } = config.documents;
  const renderer = new PdfRenderer(launch, {
    timeoutMs: renderTimeoutMs,
    concurrency: renderConcurrency,
    perCaller: rendersPerCaller,
    cacheBytes,
    maxRows,
  });
  vault.onDestroyed(() => renderer.forgetRendered());
  return renderer;
}
