import { EventStore, StoredEvent } from '../event-store/event-store.port';
import { UpcasterRegistry } from '../event-store/upcasting/upcaster-registry';
import { EarlierEvents, LiveChange, LiveMappings } from '../kernel/live-views';

/**
 * Turns a stored event into the views it changed, through the mapping its capability declares (every
 * event type has one: test/live/live-mappings.spec.ts). Events arrive as stored and are read at their
 * current schema version, as the projections read them.
 */
export class LiveMapper {
  constructor(
    private readonly mappings: LiveMappings,
    private readonly store: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  async changesOf(stored: StoredEvent): Promise<readonly LiveChange[]> {
    const mapping = this.mappings[stored.type];
    if (!mapping) return []; // an event type of no capability (none today): it changes no view a client reads
    return mapping(this.upcasters.upcastStored(stored), this.earlierThan(stored));
  }

  private earlierThan(event: StoredEvent): EarlierEvents {
    let read: Promise<readonly StoredEvent[]> | undefined;
    const readEarlier = async () => {
      if (event.revision === 0) return [];
      const earlier = await this.store.readStream(event.streamId, { maxCount: event.revision });
      return earlier.map((e) => this.upcasters.upcastStored(e));
    };
    return { ofStream: () => (read ??= readEarlier()) };
  }
}
