import { EventStore, StoredEvent } from '../event-store.port';
import { comparePositions } from '../../kernel/position';
import { Projection } from '../../kernel/projection';
import { ProjectionRunner } from './projection-runner';
import { ProjectionStore } from './projection-store';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';

/**
 * Views as they stood at an instant: the events of the given streams in global order, up to the
 * first one recorded after the instant, applied to the engine's projections on a private in-memory
 * store. The views are then read with the same query classes as the live ones.
 */
export class TimeTravel {
  constructor(
    private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  /** The documents of every registered projection as of `instant`, from `streams` only. The caller closes them. */
  async documentsAsOf(instant: Date, streams: string[]): Promise<ProjectionStore> {
    const events = await this.eventsUpTo(instant, streams);
    const documents = new ProjectionStore(':memory:');
    try {
      replay(events, this.runner.registered, this.runner.upcasters, documents);
      return documents;
    } catch (error) {
      documents.close();
      throw error;
    }
  }

  /** Runs `read` over the documents as of `instant`, and closes them whatever happens. */
  async readAsOf<T>(instant: Date, streams: string[], read: (documents: ProjectionStore) => T): Promise<T> {
    const documents = await this.documentsAsOf(instant, streams);
    try {
      return read(documents);
    } finally {
      documents.close();
    }
  }

  /**
   * A prefix of the log, never a filter on `recordedAt`: the store's clock can go backwards (EventStoreDB
   * stamps events with the server's clock), and an event recorded "earlier" after a later one would
   * otherwise be applied without the events before it, building a state that never existed.
   */
  private async eventsUpTo(instant: Date, streams: string[]): Promise<StoredEvent[]> {
    const limit = instant.getTime();
    const read = await Promise.all([...new Set(streams)].map((stream) => this.store.readStream(stream)));
    const inOrder = read.flat().sort((a, b) => comparePositions(a.position, b.position));
    const firstLater = inOrder.findIndex((event) => Date.parse(event.recordedAt) > limit);
    return firstLater < 0 ? inOrder : inOrder.slice(0, firstLater);
  }
}

/**
 * The registered projection objects are reused: a projection keeps no state outside its documents
 * (see Projection), so applying it to another store is the same as applying a fresh instance.
 */
function replay(
  events: StoredEvent[],
  projections: ReadonlyArray<Projection>,
  upcasters: UpcasterRegistry,
  documents: ProjectionStore,
): void {
  const batch = documents.batch();
  const writers = projections.map((projection) => ({ projection, writer: batch.writer(projection.name) }));
  for (const stored of events) {
    const event = upcasters.upcastStored(stored);
    for (const { projection, writer } of writers) projection.apply(event, writer);
  }
  batch.commit();
}
