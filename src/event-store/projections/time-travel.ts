import { EventStore, StoredEvent } from '../event-store.port';
import { comparePositions, Position } from '../../kernel/position';
import { Projection } from '../../kernel/projection';
import { ProjectionRunner } from './projection-runner';
import { ProjectionStore } from './projection-store';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';

/**
 * Where in the log a view is read: an instant (the prefix of the log up to the first event recorded after it),
 * or an event's global position (the prefix up to and including that event, whatever stream it belongs to).
 */
export type PointInLog = Date | Position;

/** What a view read at a point of the log says about that point: the instant (UTC) or the position it was asked as of. */
export type AsOfStamp = { at: string } | { position: Position };

/**
 * Views as they stood at a point of the log: the events of the given streams in global order, up to
 * that point, applied to the engine's projections on a private in-memory store. The views are then
 * read with the same query classes as the live ones.
 */
export class TimeTravel {
  constructor(
    private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
  ) {}

  /** The documents of every registered projection as of `point`, from `streams` only. The caller closes them. */
  async documentsAsOf(point: PointInLog, streams: string[]): Promise<ProjectionStore> {
    const events = await this.eventsUpTo(point, streams);
    const documents = new ProjectionStore(':memory:');
    try {
      replay(events, this.runner.registered, this.runner.upcasters, documents);
      return documents;
    } catch (error) {
      documents.close();
      throw error;
    }
  }

  /** Runs `read` over the documents as of `point`, and closes them whatever happens. */
  async readAsOf<T>(point: PointInLog, streams: string[], read: (documents: ProjectionStore) => T): Promise<T> {
    const documents = await this.documentsAsOf(point, streams);
    try {
      return read(documents);
    } finally {
      documents.close();
    }
  }

  /** `readAsOf`, with the view stamped with the point it is as of (`asOf`), so that a client can show it. */
  async viewAsOf<T extends object>(
    point: PointInLog,
    streams: string[],
    read: (documents: ProjectionStore) => T,
  ): Promise<T & { asOf: AsOfStamp }> {
    const view = await this.readAsOf(point, streams, read);
    return { ...view, asOf: stampOf(point) };
  }

  /**
   * A prefix of the log, never a filter on `recordedAt`: the store's clock can go backwards (EventStoreDB
   * stamps events with the server's clock), and an event recorded "earlier" after a later one would
   * otherwise be applied without the events before it, building a state that never existed.
   */
  private async eventsUpTo(point: PointInLog, streams: string[]): Promise<StoredEvent[]> {
    const read = await Promise.all([...new Set(streams)].map((stream) => this.store.readStream(stream)));
    const inOrder = read.flat().sort((a, b) => comparePositions(a.position, b.position));
    const firstLater = inOrder.findIndex(isAfter(point));
    return firstLater < 0 ? inOrder : inOrder.slice(0, firstLater);
  }
}

function isAfter(point: PointInLog): (event: StoredEvent) => boolean {
  if (point instanceof Date) {
    const limit = point.getTime();
    return (event) => Date.parse(event.recordedAt) > limit;
  }
  return (event) => comparePositions(event.position, point) > 0;
}

function stampOf(point: PointInLog): AsOfStamp {
  return point instanceof Date ? { at: point.toISOString() } : { position: point };
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
