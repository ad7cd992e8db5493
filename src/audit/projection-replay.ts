import { setImmediate as nextTurn } from 'node:timers/promises';
import { Position, StoredEvent } from '../event-store/event-store.port';
import { comparePositions } from '../kernel/position';
import { DocumentWriter, Projection } from '../kernel/projection';
import { UpcasterRegistry } from '../event-store/upcasting/upcaster-registry';
import { Change, ScratchDocuments } from './scratch-documents';

/** Documents kept in memory per generation of a rebuild's write-back cache, all projections together. */
export const CACHE_SIZE = 50_000;
/** Differences a rebuild report keeps per projection (all are counted). */
export const MAX_DIFFERENCES = 20;

export interface RebuildIntoOptions {
  /** Called after each page with the events applied so far. */
  onProgress?: (events: number) => void;
  /** Documents kept in memory per generation of the write-back cache. Default 50,000. */
  cacheSize?: number;
  upcasters: UpcasterRegistry;
  /** Per projection (same order), the position to stop applying events at; undefined: the whole log. */
  upTo?: ReadonlyArray<Position | undefined>;
}

/**
 * Applies the log (`pages`, in global order, from zero) to `projections` over `target` (meant to be
 * empty). Documents go through a write-back cache (see DocumentCache): each is parsed and written about
 * once however many events touch it. `target` holds every document once this resolves (not before). Returns the events read and, per projection, how many lay beyond its `upTo`.
 */
export async function rebuildInto(
  pages: AsyncIterable<StoredEvent[]> | Iterable<StoredEvent[]>,
  target: ScratchDocuments,
  projections: readonly Projection[],
  options: RebuildIntoOptions,
): Promise<{ events: number; behind: number[] }> {
  const { upcasters } = options;
  const upTo = projections.map((_, i) => options.upTo?.[i]);
  const behind = projections.map(() => 0);
  const cache = new DocumentCache(target, options.cacheSize ?? CACHE_SIZE);
  const writers = projections.map((projection) => cache.writer(projection.name));
  let events = 0;
  for await (const page of pages) {
    for (const stored of page) {
      const event = upcasters.upcastStored(stored);
      cache.at = stored.position;
      for (let i = 0; i < projections.length; i += 1) {
        const until = upTo[i];
        if (until !== undefined && comparePositions(event.position, until) > 0) {
          behind[i] += 1;
          continue;
        }
        projections[i].apply(event, writers[i]);
      }
    }
    events += page.length;
    options.onProgress?.(events);
    // A rebuild on the engine's own thread (an audit job over a small log) leaves requests and timers their turn.
    await nextTurn();
  }
  cache.flush();
  return { events, behind };
}

const ABSENT = Symbol('absent');

interface Cached {
  /** The document, or ABSENT (known not to exist: never stored, or deleted). */
  document: unknown;
  /** Changed since it was last read from or written to the store. */
  dirty: boolean;
  /** The position of the event that changed it last (kept with it, so that a difference names its event). */
  position?: string;
}

/** One projection's documents in the cache: the current generation and the previous one, by key. */
interface Generations {
  projection: string;
  current: Map<string, Cached>;
  previous: Map<string, Cached>;
}

/**
 * A write-back cache of documents in two generations: a document used in the current generation
 * stays; one last used in the previous generation is moved up when used again; when the current
 * generation is full (`generation` documents, all projections together), the previous one is dropped
 * and its changed documents are written to the store in one transaction. Memory stays at
 * two generations, and a document that many events touch (a list, an entry objected to and then
 * closed) is parsed and written once per stay in memory, not once per event.
 */
class DocumentCache {
  /** The position of the event being applied. */
  at?: Position;
  private readonly projections: Generations[] = [];
  private admitted = 0;

  constructor(
    private readonly store: ScratchDocuments,
    private readonly generation: number,
  ) {}

  writer(projection: string): DocumentWriter {
    const own: Generations = { projection, current: new Map(), previous: new Map() };
    this.projections.push(own);
    return {
      get: <T>(key: string) => {
        const document = this.entry(own, key).document;
        return document === ABSENT ? undefined : (document as T);
      },
      put: (key, document) => this.set(own, key, document),
      delete: (key) => this.set(own, key, ABSENT),
    };
  }

  /** Writes every changed document in one transaction. */
  flush(): void {
    const changes: Change[] = [];
    for (const own of this.projections) {
      changed(own.projection, own.previous, changes);
      changed(own.projection, own.current, changes);
      own.previous = new Map();
      own.current = new Map();
    }
    this.store.write(changes);
  }

  private entry(own: Generations, key: string): Cached {
    let entry = own.current.get(key);
    if (entry) return entry;
    entry = own.previous.get(key);
    if (entry) own.previous.delete(key);
    else entry = { document: this.store.get(own.projection, key) ?? ABSENT, dirty: false };
    this.admit(own, key, entry);
    return entry;
  }

  private set(own: Generations, key: string, document: unknown): void {
    const entry = own.current.get(key);
    if (entry) {
      entry.document = document;
      entry.dirty = true;
      entry.position = this.at;
      return;
    }
    own.previous.delete(key);
    this.admit(own, key, { document, dirty: true, position: this.at });
  }

  private admit(own: Generations, key: string, entry: Cached): void {
    if (this.admitted >= this.generation) this.nextGeneration();
    own.current.set(key, entry);
    this.admitted += 1;
  }

  private nextGeneration(): void {
    const changes: Change[] = [];
    for (const own of this.projections) {
      changed(own.projection, own.previous, changes);
      own.previous = own.current;
      own.current = new Map();
    }
    if (changes.length > 0) this.store.write(changes);
    this.admitted = 0;
  }
}

/** Adds a projection's changed documents to `changes` (deleted ones as undefined) and marks them clean. */
function changed(projection: string, entries: Map<string, Cached>, changes: Change[]): void {
  for (const [key, entry] of entries) {
    if (!entry.dirty) continue;
    changes.push([projection, key, entry.document === ABSENT ? undefined : entry.document, entry.position]);
    entry.dirty = false;
  }
}

/**
 * Key order as SQLite sorts TEXT (binary, i.e. UTF-8 bytes): UTF-16 code units, except that
 * surrogates (characters beyond U+FFFF, 4 bytes in UTF-8) sort after U+E000..U+FFFF.
 */
export function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}
