/** A value taken from the cache: usable until `release`, even if the cache evicts it meanwhile. */
export interface Lease<V> {
  readonly value: V;
  release(): void;
}

class Entry<V> {
  pins = 0;
  evicted = false;

  constructor(
    readonly value: V,
    readonly weight: number,
  ) {}
}

interface Flight<V> {
  waiters: number;
  entry: Promise<Entry<V>>;
}

export interface Built<V> {
  value: V;
  weight: number;
}

/**
 * A least-recently-used cache bounded by entries and by total weight, whose values may need disposing
 * (an in-memory store to close). Identical requests made while the value is being built share that build;
 * a value heavier than the whole budget is handed out once and not kept.
 */
export class SharedLru<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly flights = new Map<string, Flight<V>>();
  private weight = 0;

  constructor(
    private readonly limits: { entries: number; weight: number },
    private readonly dispose: (value: V) => void = () => undefined,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** `cached`: it was in the cache; `shared`: another caller's build was under way. */
  async lease(key: string, build: () => Promise<Built<V>>): Promise<Lease<V> & { from: 'cached' | 'shared' | 'built' }> {
    const cached = this.entries.get(key);
    if (cached) return { ...this.pin(key, cached), from: 'cached' };
    const running = this.flights.get(key);
    const flight = running ?? this.fly(key, build);
    flight.waiters++;
    const entry = await flight.entry;
    return { ...this.leaseOf(entry), from: running ? 'shared' : 'built' };
  }

  clear(): void {
    for (const key of [...this.entries.keys()]) this.evict(key);
  }

  private fly(key: string, build: () => Promise<Built<V>>): Flight<V> {
    const flight: Flight<V> = { waiters: 0, entry: Promise.resolve(undefined as never) };
    flight.entry = build()
      .then(({ value, weight }) => {
        // Pinned for every waiter in the same turn as it is stored: no eviction can close it before they read it.
        const entry = this.store(key, new Entry(value, weight));
        entry.pins += flight.waiters;
        return entry;
      })
      .finally(() => this.flights.delete(key));
    this.flights.set(key, flight);
    return flight;
  }

  private store(key: string, entry: Entry<V>): Entry<V> {
    if (this.limits.entries === 0 || entry.weight > this.limits.weight) {
      entry.evicted = true;
      return entry;
    }
    this.entries.set(key, entry);
    this.weight += entry.weight;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.entries && this.weight <= this.limits.weight) break;
      this.evict(oldest);
    }
    return entry;
  }

  private pin(key: string, entry: Entry<V>): Lease<V> {
    this.entries.delete(key);
    this.entries.set(key, entry);
    entry.pins++;
    return this.leaseOf(entry);
  }

  private leaseOf(entry: Entry<V>): Lease<V> {
    let released = false;
    return {
      value: entry.value,
      release: () => {
        if (released) return;
        released = true;
        entry.pins--;
        if (entry.evicted && entry.pins === 0) this.dispose(entry.value);
      },
    };
  }

  private evict(key: string): void {
    const entry = this.entries.get(key)!;
    this.entries.delete(key);
    this.weight -= entry.weight;
    entry.evicted = true;
    if (entry.pins === 0) this.dispose(entry.value);
  }
}
