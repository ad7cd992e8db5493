import { AsOfOutcome } from '../../src/event-store/projections/as-of/as-of-bounds';
import { AsOfBusyError, ReplayGate } from '../../src/event-store/projections/as-of/replay-gate';
import { SharedLru } from '../../src/event-store/projections/as-of/shared-lru';
import { StreamsTimeline } from '../../src/event-store/projections/as-of/streams-timeline';
import { ProjectionRunner } from '../../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../../src/event-store/projections/projection-store';
import { AsOfBounds } from '../../src/event-store/projections/as-of/as-of-bounds';
import { TimeTravel } from '../../src/event-store/projections/time-travel';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { ReadStreamOptions, StoredEvent } from '../../src/event-store/event-store.port';
import { DomainError } from '../../src/kernel/domain-error';
import { toPosition } from '../../src/kernel/position';
import { DocumentWriter, Projection } from '../../src/kernel/projection';
import { engineUpcasters } from '../../src/engine/engine-upcasters';
import { metadata } from '../support/events';

class CountProjection implements Projection {
  readonly name = 'count';
  readonly version = 1;
  apply(_event: StoredEvent, documents: DocumentWriter): void {
    documents.put('count', (documents.get<number>('count') ?? 0) + 1);
  }
}

const at = (iso: string) => new Date(iso);
const event = (position: number, recordedAt: string) => ({ position: toPosition(position), recordedAt }) as StoredEvent;

describe('StreamsTimeline: the cache key of a point is the number of events it selects', () => {
  const timeline = StreamsTimeline.of([
    event(3, '2013-04-01T12:00:00Z'),
    event(7, '2013-04-01T12:10:00Z'),
    event(8, '2013-04-01T12:05:00Z'), // the store's clock stepped back
    event(12, '2013-04-01T12:20:00Z'),
  ]);

  it('resolves every instant at or after the last event to all of them', () => {
    expect(timeline.prefixLength(at('2013-04-01T12:20:00Z'))).toBe(4);
    expect(timeline.prefixLength(at('2013-04-01T12:20:01Z'))).toBe(4);
    expect(timeline.prefixLength(at('2099-01-01T00:00:00Z'))).toBe(4);
  });

  it('cuts at the first event recorded after the instant, where the clock went backwards too', () => {
    expect(timeline.prefixLength(at('2013-04-01T11:59:59Z'))).toBe(0);
    expect(timeline.prefixLength(at('2013-04-01T12:06:00Z'))).toBe(1);
    expect(timeline.prefixLength(at('2013-04-01T12:10:00Z'))).toBe(3);
  });

  it("resolves a position between the streams' events to the last event at or before it", () => {
    expect(timeline.prefixLength(toPosition(0))).toBe(0);
    expect(timeline.prefixLength(toPosition(7))).toBe(2);
    expect(timeline.prefixLength(toPosition(11))).toBe(3);
    expect(timeline.prefixLength(toPosition('123456789012345678901234567890'))).toBe(4);
  });
});

describe('SharedLru', () => {
  const built =
    (value: string, weight = 1) =>
    () =>
      Promise.resolve({ value, weight });

  it('keeps at most its entries and its weight, disposing of what it evicts, after the last reader is done', async () => {
    const disposed: string[] = [];
    const lru = new SharedLru<string>({ entries: 2, weight: 10 }, (value) => disposed.push(value));
    (await lru.lease('a', built('a'))).release();
    const reading = await lru.lease('b', built('b', 4));
    (await lru.lease('c', built('c'))).release();
    expect(disposed).toEqual(['a']);
    (await lru.lease('d', built('d', 8))).release();
    expect(disposed).toEqual(['a']); // b is evicted for the weight, but still being read
    expect(lru.size).toBe(2);
    reading.release();
    expect(disposed).toEqual(['a', 'b']);
  });

  it('hands a value heavier than the budget out once, and disposes of it when released', async () => {
    const disposed: string[] = [];
    const lru = new SharedLru<string>({ entries: 2, weight: 10 }, (value) => disposed.push(value));
    const heavy = await lru.lease('h', built('h', 11));
    expect(lru.size).toBe(0);
    heavy.release();
    expect(disposed).toEqual(['h']);
  });

  it('shares one build among identical requests made while it runs', async () => {
    const lru = new SharedLru<string>({ entries: 2, weight: 10 });
    let builds = 0;
    const slow = async () => {
      builds++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { value: 'v', weight: 1 };
    };
    const leases = await Promise.all([lru.lease('k', slow), lru.lease('k', slow), lru.lease('k', slow)]);
    expect(builds).toBe(1);
    expect(leases.map((lease) => lease.from)).toEqual(['built', 'shared', 'shared']);
    expect((await lru.lease('k', slow)).from).toBe('cached');
  });
});

describe('ReplayGate', () => {
  it('runs at most its slots at once; a caller that waits longer than allowed is told to come back', async () => {
    const gate = new ReplayGate(1, 20);
    let release!: () => void;
    const first = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    await expect(gate.run(() => 'second')).rejects.toBeInstanceOf(AsOfBusyError);
    const third = gate.run(() => 'third');
    release();
    await first;
    expect(await third).toBe('third');
  });
});

describe('TimeTravel bounds', () => {
  let now: Date;
  let store: SqliteEventStore;
  let live: ProjectionStore;
  let runner: ProjectionRunner;
  let outcomes: AsOfOutcome[];
  let reads: number;

  beforeEach(() => {
    now = at('2013-04-01T12:00:00Z');
    store = new SqliteEventStore({ path: ':memory:', now: () => now });
    live = new ProjectionStore(':memory:');
    runner = new ProjectionRunner(store, live, engineUpcasters);
    runner.register(new CountProjection());
    outcomes = [];
    reads = 0;
  });
  afterEach(async () => {
    await store.close();
    live.close();
  });

  /** Counts the whole-stream reads, and makes each one take `delayMs`. */
  function travel(bounds: Partial<AsOfBounds> = {}, delayMs = 0): TimeTravel {
    const counted = Object.create(store) as SqliteEventStore;
    counted.readStream = async (stream: string, options?: ReadStreamOptions) => {
      if (options?.direction !== 'backwards') {
        reads++;
        await new Promise((resolve) => setTimeout(resolve, delayMs));
      }
      return store.readStream(stream, options);
    };
    return new TimeTravel(counted, runner, bounds, (outcome) => outcomes.push(outcome));
  }

  async function append(stream: string, recordedAt: string, count = 1) {
    now = at(recordedAt);
    const events = Array.from({ length: count }, () => ({ type: 'Noted', data: {}, metadata: metadata() }));
    await store.append(stream, events, 'any');
  }

  const count = (travelling: TimeTravel, point: Date | ReturnType<typeof toPosition>, streams = ['a', 'b']) =>
    travelling.readAsOf(point, streams, (documents) => documents.get<number>('count', 'count') ?? 0);

  it('answers any later instant, and the same streams named in another order, from one replay', async () => {
    await append('a', '2013-04-01T12:00:00Z');
    await append('b', '2013-04-01T12:01:00Z');
    const travelling = travel();
    expect(await count(travelling, at('2013-04-01T12:01:01Z'))).toBe(2);
    expect(await count(travelling, at('2013-04-01T12:01:02Z'), ['b', 'a', 'b'])).toBe(2);
    expect(await count(travelling, toPosition(999))).toBe(2);
    expect(outcomes).toEqual(['replayed', 'cached', 'cached']);
    expect(reads).toBe(4); // two streams, read once for the timeline and once for the replay
  });

  it('replays again once a stream has moved on, and keeps the point in the past right', async () => {
    await append('a', '2013-04-01T12:00:00Z');
    const travelling = travel();
    expect(await count(travelling, at('2013-04-02T00:00:00Z'))).toBe(1);
    await append('b', '2013-04-01T13:00:00Z');
    expect(await count(travelling, at('2013-04-02T00:00:00Z'))).toBe(2);
    expect(await count(travelling, at('2013-04-01T12:30:00Z'))).toBe(1);
    expect(outcomes).toEqual(['replayed', 'replayed', 'replayed']);
  });

  it('replays once for identical requests made at the same time', async () => {
    await append('a', '2013-04-01T12:00:00Z', 3);
    const travelling = travel({}, 10);
    const counts = await Promise.all([1, 2, 3, 4].map(() => count(travelling, at('2013-04-02T00:00:00Z'))));
    expect(counts).toEqual([3, 3, 3, 3]);
    expect(outcomes.filter((outcome) => outcome === 'replayed')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'shared')).toHaveLength(3);
  });

  it('refuses a replay over AS_OF_MAX_EVENTS before reading a stream, keeping nothing', async () => {
    await append('a', '2013-04-01T12:00:00Z', 3);
    await append('b', '2013-04-01T12:00:00Z', 3);
    const travelling = travel({ maxEvents: 5 });
    const refusal = count(travelling, at('2013-04-02T00:00:00Z'));
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(count(travelling, at('2013-04-02T00:00:00Z'))).rejects.toMatchObject({
      code: 'INVALID_STATE',
      details: { events: 6, limit: 5 },
    });
    await expect(travelling.documentsAsOf(at('2013-04-02T00:00:00Z'), ['a', 'b'])).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect(reads).toBe(0);
    expect(outcomes).toEqual(['too-large', 'too-large', 'too-large']);
    expect(await count(travelling, at('2013-04-02T00:00:00Z'), ['a'])).toBe(3);
  });

  it('runs at most AS_OF_REPLAYS replays at once; one that waits too long is told to come back', async () => {
    await append('a', '2013-04-01T12:00:00Z');
    await append('a', '2013-04-01T13:00:00Z');
    const travelling = travel({ replays: 1, waitMs: 5 }, 50);
    const first = count(travelling, at('2013-04-01T12:30:00Z'), ['a']);
    await expect(count(travelling, at('2013-04-01T12:30:00Z'), ['b'])).rejects.toBeInstanceOf(AsOfBusyError);
    expect(await first).toBe(1);
    expect(outcomes).toEqual(['busy', 'replayed']);
  });

  it('closes the kept views when they are evicted and when the engine stops', async () => {
    await append('a', '2013-04-01T12:00:00Z');
    await append('a', '2013-04-01T13:00:00Z');
    const travelling = travel({ cacheEntries: 1 });
    const kept: ProjectionStore[] = [];
    await travelling.readAsOf(at('2013-04-01T12:30:00Z'), ['a'], (documents) => kept.push(documents));
    await travelling.readAsOf(at('2013-04-01T13:30:00Z'), ['a'], (documents) => kept.push(documents));
    expect(() => kept[0].get('count', 'count')).toThrow(/not open/);
    expect(kept[1].get('count', 'count')).toBe(2);
    travelling.onModuleDestroy();
    expect(() => kept[1].get('count', 'count')).toThrow(/not open/);
  });
});
