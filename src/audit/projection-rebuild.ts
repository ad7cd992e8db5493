import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { ListsProjection } from '../accreditation/projections/lists.projection';
import { MeetingsProjection } from '../accreditation/projections/meetings.projection';
import { ArrangementsProjection } from '../arrangements/projections/arrangements.projection';
import { SpeakersProjection } from '../arrangements/projections/speakers.projection';
import { WebhooksProjection } from '../deadlines/webhooks/webhooks.projection';
import { EventStore, Position } from '../event-store/event-store.port';
import { comparePositions } from '../event-store/position';
import { DocumentWriter, Projection } from '../event-store/projections/projection';
import { Checkpoint, ProjectionBatch, ProjectionStore } from '../event-store/projections/projection-store';
import { engineUpcasters } from '../event-store/upcasting/engine-upcasters';
import { UpcasterRegistry } from '../event-store/upcasting/upcaster-registry';

/**
 * The projections the engine registers, in its order (AccreditationModule, ArrangementsModule,
 * DeadlinesModule). A projection missing here is not rebuilt; `rebuildAndCompare` names it in
 * `uncovered` when the live store has it, so that a new one is not silently left out of the audit.
 */
export function engineProjections(): Projection[] {
  return [new MeetingsProjection(), new ListsProjection(), new ArrangementsProjection(), new SpeakersProjection(), new WebhooksProjection()];
}

export interface RebuildProgress {
  phase: 'rebuild' | 'compare';
  /** Events applied (rebuild) or documents compared (compare) so far. */
  done: number;
  /** Events to apply when the caller told (`total`); documents are not counted ahead. */
  total?: number;
}

export interface RebuildOptions {
  onProgress?: (progress: RebuildProgress) => void;
  /** The number of events in the log, when the caller knows it: only for progress. */
  total?: number;
  /** Where the rebuilt documents go: a file path, or ':memory:'. Default: a temporary file, removed afterwards. */
  target?: string;
  /** Events per read. Default 500. */
  pageSize?: number;
  /** Documents kept in memory per generation of the write-back cache. Default 50,000. */
  cacheSize?: number;
  /** Differences kept per projection (all are counted). Default 20. */
  maxDifferences?: number;
  upcasters?: UpcasterRegistry;
}

export interface DocumentDifference {
  key: string;
  /** Absent when the live store lacks the document. */
  live?: unknown;
  /** Absent when the rebuild did not produce the document. */
  rebuilt?: unknown;
}

export interface ProjectionComparison {
  name: string;
  /** Documents the rebuild produced. */
  documents: number;
  liveDocuments: number;
  matches: boolean;
  differenceCount: number;
  /** The first `maxDifferences` differences, in key order. */
  differences: DocumentDifference[];
  /**
   * The live projection's checkpoint (the rebuild stops there for this projection, so that both
   * sides reflect the same events) and how many events of the log it has not applied yet.
   */
  liveCheckpoint?: Position;
  /** The projection's version in the live store (another than `version`: the engine rebuilds it at its next start). */
  liveVersion?: number;
  version: number;
  liveBehindBy: number;
}

export interface RebuildReport {
  /** Events read from the log, from zero. */
  events: number;
  matches: boolean;
  perProjection: ProjectionComparison[];
  /** Projections the live store has a checkpoint for, but that were not given (not rebuilt). */
  uncovered: string[];
}

/** Small pages: their events die young (cheap minor GCs) instead of surviving into the old generation. */
const PAGE = 500;
const CACHE_SIZE = 50_000;
const MAX_DIFFERENCES = 20;

/**
 * Replays the whole log from zero into a fresh projection store, through `projections` only (no
 * command, scheduler, webhook or other side effect: projections have none), then compares every
 * document of every projection with the live store, both ways. Never writes to the event store or
 * to the live documents.
 *
 * Each projection is rebuilt up to the live store's checkpoint for it (the whole log when it has
 * none), so that an engine whose projections lag a few events behind still compares like with like;
 * `liveBehindBy` tells how far behind. Run it against a quiet engine: documents the live projections
 * write while it runs show up as differences.
 */
export async function rebuildAndCompare(
  store: EventStore,
  liveDocuments: ProjectionStore,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildReport> {
  const folder = options.target === undefined ? mkdtempSync(join(tmpdir(), 'nihil-obstat-rebuild-')) : undefined;
  const rebuilt = new ProjectionStore(folder ? join(folder, 'projections.db') : options.target!, { scratch: true });
  try {
    const live = projections.map((projection) => ({ projection, checkpoint: liveDocuments.checkpoint(projection.name) }));
    const upTo = live.map(({ checkpoint }) => checkpoint.position);
    const { events, behind } = await rebuildInto(store, rebuilt, projections, { ...options, upTo });
    const perProjection = live.map(({ projection, checkpoint }, i) => ({
      ...compareProjection(projection.name, liveDocuments, rebuilt, options),
      ...(checkpoint.position !== undefined ? { liveCheckpoint: checkpoint.position, liveVersion: checkpoint.version } : {}),
      version: projection.version,
      liveBehindBy: behind[i],
    }));
    const names = new Set(projections.map((projection) => projection.name));
    return {
      events,
      matches: perProjection.every((comparison) => comparison.matches),
      perProjection,
      uncovered: liveDocuments.projectionNames().filter((name) => !names.has(name)),
    };
  } finally {
    rebuilt.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

export interface RebuildIntoOptions extends Pick<RebuildOptions, 'onProgress' | 'total' | 'pageSize' | 'cacheSize' | 'upcasters'> {
  /** Per projection (same order), the position to stop applying events at; undefined: the whole log. */
  upTo?: ReadonlyArray<Position | undefined>;
}

/**
 * Applies the whole log, from zero, to `projections` over `target` (meant to be empty). Documents go
 * through a write-back cache (see DocumentCache): each is parsed and written about once however many
 * events touch it. `target` holds every document and each projection's checkpoint once this
 * resolves (not before). Returns the events read and, per projection, how many lay beyond its `upTo`.
 */
export async function rebuildInto(
  store: EventStore,
  target: ProjectionStore,
  projections: readonly Projection[],
  options: RebuildIntoOptions = {},
): Promise<{ events: number; behind: number[] }> {
  const pageSize = options.pageSize ?? PAGE;
  const upcasters = options.upcasters ?? engineUpcasters;
  const upTo = projections.map((_, i) => options.upTo?.[i]);
  const behind = projections.map(() => 0);
  const reached = projections.map((): Position | undefined => undefined);
  const cache = new DocumentCache(target, options.cacheSize ?? CACHE_SIZE);
  const writers = projections.map((projection) => cache.writer(projection.name));
  let events = 0;
  let after: Position | undefined;
  for (;;) {
    const page = await store.readAll({ fromPosition: after, maxCount: pageSize });
    if (page.length === 0) break;
    for (const stored of page) {
      const event = upcasters.upcastStored(stored);
      for (let i = 0; i < projections.length; i += 1) {
        const until = upTo[i];
        if (until !== undefined && comparePositions(event.position, until) > 0) {
          behind[i] += 1;
          continue;
        }
        projections[i].apply(event, writers[i]);
        reached[i] = event.position;
      }
    }
    events += page.length;
    after = page[page.length - 1].position;
    options.onProgress?.({ phase: 'rebuild', done: events, total: options.total });
  }
  cache.flush(projections.map((projection, i) => ({ name: projection.name, checkpoint: { position: reached[i], version: projection.version } })));
  return { events, behind };
}

const ABSENT = Symbol('absent');

interface Cached {
  /** The document, or ABSENT (known not to exist: never stored, or deleted). */
  document: unknown;
  /** Changed since it was last read from or written to the store. */
  dirty: boolean;
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
 * and its changed documents are written to the store in one transaction, in key order. Memory stays at
 * two generations, and a document that many events touch (a list, an entry objected to and then
 * closed) is parsed and written once per stay in memory, not once per event.
 */
class DocumentCache {
  private readonly projections: Generations[] = [];
  private admitted = 0;

  constructor(private readonly store: ProjectionStore, private readonly generation: number) {}

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

  /** Writes every changed document, and the checkpoints, in one transaction. */
  flush(checkpoints: Array<{ name: string; checkpoint: Checkpoint }>): void {
    const batch = this.store.batch();
    for (const own of this.projections) {
      stage(batch, own.projection, own.previous);
      stage(batch, own.projection, own.current);
      own.previous = new Map();
      own.current = new Map();
    }
    for (const { name, checkpoint } of checkpoints) batch.advance(name, checkpoint);
    batch.commit();
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
      return;
    }
    own.previous.delete(key);
    this.admit(own, key, { document, dirty: true });
  }

  private admit(own: Generations, key: string, entry: Cached): void {
    if (this.admitted >= this.generation) this.nextGeneration();
    own.current.set(key, entry);
    this.admitted += 1;
  }

  private nextGeneration(): void {
    const batch = this.store.batch();
    let staged = 0;
    for (const own of this.projections) {
      staged += stage(batch, own.projection, own.previous);
      own.previous = own.current;
      own.current = new Map();
    }
    if (staged > 0) batch.commit();
    this.admitted = 0;
  }
}

/**
 * Stages a projection's changed documents in key order: SQLite then appends to its B-tree rather
 * than inserting all over it. (JavaScript's order, which differs from SQLite's only beyond U+FFFF, is
 * close enough for that.)
 */
function stage(batch: ProjectionBatch, projection: string, entries: Map<string, Cached>): number {
  const keys: string[] = [];
  for (const [key, entry] of entries) if (entry.dirty) keys.push(key);
  if (keys.length === 0) return 0;
  keys.sort();
  const writer = batch.writer(projection);
  for (const key of keys) {
    const entry = entries.get(key)!;
    if (entry.document === ABSENT) writer.delete(key);
    else writer.put(key, entry.document);
    entry.dirty = false;
  }
  return keys.length;
}

/** A merge of both stores' documents in key order: each document is read once, and parsed only when the texts differ. */
function compareProjection(
  name: string,
  live: ProjectionStore,
  rebuilt: ProjectionStore,
  options: RebuildOptions,
): Omit<ProjectionComparison, 'liveBehindBy' | 'version'> {
  const maxDifferences = options.maxDifferences ?? MAX_DIFFERENCES;
  const result = { name, documents: 0, liveDocuments: 0, matches: true, differenceCount: 0, differences: [] as DocumentDifference[] };
  const differ = (difference: DocumentDifference) => {
    result.differenceCount += 1;
    if (result.differences.length < maxDifferences) result.differences.push(difference);
  };
  const left = live.documentTexts(name);
  const right = rebuilt.documentTexts(name);
  try {
    mergeCompare(left, right, result, differ, options);
  } finally {
    left.return?.();
    right.return?.();
  }
  result.matches = result.differenceCount === 0;
  return result;
}

function mergeCompare(
  left: Iterator<[string, string]>,
  right: Iterator<[string, string]>,
  result: { documents: number; liveDocuments: number },
  differ: (difference: DocumentDifference) => void,
  options: RebuildOptions,
): void {
  let a = left.next();
  let b = right.next();
  let compared = 0;
  while (!a.done || !b.done) {
    const order = a.done ? 1 : b.done ? -1 : compareKeys(a.value[0], b.value[0]);
    if (order < 0) {
      differ({ key: a.value[0], live: JSON.parse(a.value[1]) });
      result.liveDocuments += 1;
      a = left.next();
    } else if (order > 0) {
      differ({ key: b.value[0], rebuilt: JSON.parse(b.value[1]) });
      result.documents += 1;
      b = right.next();
    } else {
      const [key, liveText] = a.value;
      const rebuiltText = b.value[1];
      if (liveText !== rebuiltText) {
        const liveDocument = JSON.parse(liveText) as unknown;
        const rebuiltDocument = JSON.parse(rebuiltText) as unknown;
        if (!isDeepStrictEqual(liveDocument, rebuiltDocument)) differ({ key, live: liveDocument, rebuilt: rebuiltDocument });
      }
      result.liveDocuments += 1;
      result.documents += 1;
      a = left.next();
      b = right.next();
    }
    compared += 1;
    if (compared % 50_000 === 0) options.onProgress?.({ phase: 'compare', done: compared });
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
