import { EventStore, StoredEvent } from '../event-store.port';
import { fail } from '../../kernel/domain-error';
import { comparePositions, Position } from '../../kernel/position';
import { Projection } from '../../kernel/projection';
import { AsOfBounds, AsOfObserver, DEFAULT_AS_OF_BOUNDS } from './as-of/as-of-bounds';
import { AsOfBusyError, ReplayGate } from './as-of/replay-gate';
import { Lease, SharedLru } from './as-of/shared-lru';
import { PointInLog, StreamsTimeline } from './as-of/streams-timeline';
import { ProjectionRunner } from './projection-runner';
import { ProjectionStore } from './projection-store';
import { UpcasterRegistry } from '../upcasting/upcaster-registry';

export type { PointInLog } from './as-of/streams-timeline';

/** What a view read at a point of the log says about that point: the instant (UTC) or the position it was asked as of. */
export type AsOfStamp = { at: string } | { position: Position };

/** The given streams as they stand now: each one's last revision, and how many events they hold together. */
interface StreamHeads {
  streams: string[];
  revisions: number[];
  /** Names the streams and their revisions: what a cache entry was built from. */
  key: string;
  events: number;
}

/**
 * Views as they stood at a point of the log: the events of the given streams in global order, up to
 * that point, applied to the engine's projections on a private in-memory store. The views are then
 * read with the same query classes as the live ones.
 *
 * Bounded (`AsOfBounds`): a replay larger than `maxEvents` is refused before it starts; at most `replays`
 * run at once; the documents rebuilt are kept per (streams at their revisions, number of events applied),
 * so every point that selects the same events, e.g. any instant after the streams' last event, reads
 * the same entry, and identical requests made during a replay share it.
 */
export class TimeTravel {
  private readonly bounds: AsOfBounds;
  private readonly gate: ReplayGate;
  private readonly timelines: SharedLru<StreamsTimeline>;
  private readonly documents: SharedLru<ProjectionStore>;

  constructor(
    private readonly store: EventStore,
    private readonly runner: ProjectionRunner,
    bounds: Partial<AsOfBounds> = {},
    private readonly observe: AsOfObserver = () => undefined,
  ) {
    this.bounds = { ...DEFAULT_AS_OF_BOUNDS, ...bounds };
    const limits = { entries: this.bounds.cacheEntries, weight: this.bounds.cacheEvents };
    this.gate = new ReplayGate(this.bounds.replays, this.bounds.waitMs);
    this.timelines = new SharedLru(limits);
    this.documents = new SharedLru(limits, (documents) => documents.close());
  }

  /** The documents of every registered projection as of `point`, from `streams` only, never cached. The caller closes them. */
  async documentsAsOf(point: PointInLog, streams: string[]): Promise<ProjectionStore> {
    const heads = await this.headsOf(streams);
    return this.gate.run(async () => {
      const events = await this.eventsOf(heads);
      return this.replayed(events.slice(0, StreamsTimeline.of(events).prefixLength(point)));
    });
  }

  /** Runs `read` (synchronous) over the documents as of `point`; they stay usable until it returns. */
  async readAsOf<T>(point: PointInLog, streams: string[], read: (documents: ProjectionStore) => T): Promise<T> {
    const documents = await this.leaseAsOf(point, streams);
    try {
      return read(documents.value);
    } finally {
      documents.release();
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

  /** Nest calls it when the engine stops: the kept views are closed. */
  onModuleDestroy(): void {
    this.clear();
  }

  /** Closes every kept view (a view being read is closed once read). */
  clear(): void {
    this.documents.clear();
    this.timelines.clear();
  }

  private async leaseAsOf(point: PointInLog, streams: string[]): Promise<Lease<ProjectionStore>> {
    const heads = await this.headsOf(streams);
    try {
      const length = await this.prefixLength(heads, point);
      const lease = await this.documents.lease(`${heads.key}#${length}`, () =>
        this.gate.run(async () => {
          const events = await this.eventsOf(heads);
          return { value: this.replayed(events.slice(0, length)), weight: length };
        }),
      );
      this.observe(lease.from === 'built' ? 'replayed' : lease.from);
      return lease;
    } catch (error) {
      if (error instanceof AsOfBusyError) this.observe('busy');
      throw error;
    }
  }

  private async prefixLength(heads: StreamHeads, point: PointInLog): Promise<number> {
    const timeline = await this.timelines.lease(heads.key, () =>
      this.gate.run(async () => {
        const value = StreamsTimeline.of(await this.eventsOf(heads));
        return { value, weight: value.length };
      }),
    );
    try {
      return timeline.value.prefixLength(point);
    } finally {
      timeline.release();
    }
  }

  /** One event per stream is read: its revision tells how many the stream holds, so an oversized replay never starts. */
  private async headsOf(streams: string[]): Promise<StreamHeads> {
    const unique = [...new Set(streams)].sort();
    const last = await Promise.all(unique.map((stream) => this.store.readStream(stream, { direction: 'backwards', maxCount: 1 })));
    const revisions = last.map((read) => read[0]?.revision ?? -1);
    const events = revisions.reduce((sum, revision) => sum + revision + 1, 0);
    if (events > this.bounds.maxEvents) {
      this.observe('too-large');
      fail(
        'INVALID_STATE',
        `A view as of a point would be rebuilt from ${events} events, more than the ${this.bounds.maxEvents} allowed (AS_OF_MAX_EVENTS); read the view without asOf.`,
        { events, limit: this.bounds.maxEvents },
      );
    }
    const key = unique.map((stream, index) => `${stream}@${revisions[index]}`).join('\n');
    return { streams: unique, revisions, key, events };
  }

  /**
   * The streams up to the revisions of `heads` (an event appended since is left out: the entry's key names
   * those revisions), in global order. A prefix of it, never a filter on `recordedAt`: the store's clock can
   * go backwards (EventStoreDB stamps events with the server's clock), and an event recorded "earlier"
   * after a later one would otherwise be applied without the events before it, building a state that never existed.
   */
  private async eventsOf(heads: StreamHeads): Promise<StoredEvent[]> {
    const read = await Promise.all(
      heads.streams.map((stream, index) =>
        heads.revisions[index] < 0 ? Promise.resolve([]) : this.store.readStream(stream, { maxCount: heads.revisions[index] + 1 }),
      ),
    );
    return read.flat().sort((a, b) => comparePositions(a.position, b.position));
  }

  private replayed(events: StoredEvent[]): ProjectionStore {
    const documents = new ProjectionStore(':memory:');
    try {
      replay(events, this.runner.registered, this.runner.upcasters, documents);
      return documents;
    } catch (error) {
      documents.close();
      throw error;
    }
  }
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
