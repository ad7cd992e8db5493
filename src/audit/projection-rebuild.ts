import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { EventStore, Position } from '../event-store/event-store.port';
import { Projection } from '../event-store/projections/projection';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { UpcasterRegistry } from '../event-store/upcasting/upcaster-registry';
import { logPages } from './history-export';
import { ParallelRebuild, rebuildInParallel } from './parallel-rebuild';
import { compareKeys, MAX_DIFFERENCES, rebuildInto } from './projection-replay';

export { compareKeys, engineProjections } from './projection-replay';

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
  /**
   * Rebuild in worker threads straight from the embedded store's file (see parallel-rebuild.ts):
   * for the engine's projections only (`engineProjections()`), which each worker makes for itself.
   */
  parallel?: ParallelRebuild;
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
  const live = projections.map((projection) => ({ projection, checkpoint: liveDocuments.checkpoint(projection.name) }));
  const upTo = live.map(({ checkpoint }) => checkpoint.position);
  const { events, behind, comparisons } = options.parallel
    ? await rebuildInParallel(options.parallel, liveDocuments, projections, upTo, options)
    : await rebuildOnThisThread(store, liveDocuments, projections, upTo, options);
  const perProjection = live.map(({ projection, checkpoint }, i) => ({
    ...comparisons[i],
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
}

/** What a way of rebuilding gives back, per projection in the order given. */
export interface RebuildOutcome {
  events: number;
  /** Events beyond the live checkpoint of each projection. */
  behind: number[];
  comparisons: Comparison[];
}

export type Comparison = Omit<ProjectionComparison, 'liveBehindBy' | 'version' | 'liveCheckpoint' | 'liveVersion'>;

/** The whole log through the port, into one scratch store, then a merge of it with the live store. */
async function rebuildOnThisThread(
  store: EventStore,
  liveDocuments: ProjectionStore,
  projections: readonly Projection[],
  upTo: Array<Position | undefined>,
  options: RebuildOptions,
): Promise<RebuildOutcome> {
  const folder = options.target === undefined ? mkdtempSync(join(tmpdir(), 'nihil-obstat-rebuild-')) : undefined;
  const rebuilt = new ProjectionStore(folder ? join(folder, 'projections.db') : options.target!, { scratch: true });
  try {
    const { events, behind } = await rebuildInto(logPages(store, options.pageSize ?? PAGE), rebuilt, projections, {
      upTo,
      cacheSize: options.cacheSize,
      upcasters: options.upcasters,
      onProgress: (done) => options.onProgress?.({ phase: 'rebuild', done, total: options.total }),
    });
    return { events, behind, comparisons: projections.map((projection) => compareProjection(projection.name, liveDocuments, rebuilt, options)) };
  } finally {
    rebuilt.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  }
}

/** A merge of both stores' documents in key order: each document is read once, and parsed only when the texts differ. */
function compareProjection(
  name: string,
  live: ProjectionStore,
  rebuilt: ProjectionStore,
  options: RebuildOptions,
): Comparison {
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

