import { DynamicModule, Module, Type } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '../event-store/event-store.port';
import { ProjectionRunner } from '../event-store/projections/projection-runner';
import { LiveMappings } from '../kernel/live-views';
import { CapabilityManifest } from '../kernel/manifest';
import { EventsStreamController } from './http/events-stream.controller';
import { LiveBroadcaster } from './live-broadcaster';
import { LiveMapper } from './live-mapper';

/**
 * Live updates (GET /v1/events/stream). `engine` provides the store and the projection runner; `manifests`,
 * each capability's mapping of its event types to the views they change.
 */
@Module({})
export class LiveModule {
  static register(engine: Type<unknown>, manifests: readonly CapabilityManifest[]): DynamicModule {
    const mappings: LiveMappings = Object.fromEntries(manifests.flatMap((manifest) => Object.entries(manifest.liveViews)));
    return {
      module: LiveModule,
      imports: [engine],
      controllers: [EventsStreamController],
      providers: [
        {
          provide: LiveBroadcaster,
          inject: [EVENT_STORE, ProjectionRunner],
          useFactory: (store: EventStore, runner: ProjectionRunner) =>
            new LiveBroadcaster(store, runner, new LiveMapper(mappings, store, runner.upcasters)),
        },
      ],
    };
  }
}
