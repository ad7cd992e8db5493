import { Position } from '../event-store/event-store.port';
import { UpcasterRegistry } from '../event-store/upcasting/upcaster-registry';

/** The shapes a rebuild takes and gives: shared by both ways of rebuilding. */

export interface ParallelRebuild {
  /** The embedded store's file and the live projections' file. */
  eventsPath: string;
  livePath: string;
  /** The compiled module whose `rebuildCatalogue` the workers make their projections from (see RebuildCatalogue). */
  catalogueModule: string;
  /** Worker threads at most. */
  workers: number;
  /** A log shorter than this many events per worker gets fewer workers (one: on this thread). Default 50,000. */
  minEventsPerWorker?: number;
  /** How the streams are dealt into partitions; tests force a split with it. Default: partitionStreams. */
  partition?: (sizes: ReadonlyArray<[string, number]>, count: number) => string[][];
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
  /** Events per read. Default 500. */
  pageSize?: number;
  /** Documents kept in memory per generation of the write-back cache. Default 50,000. */
  cacheSize?: number;
  /** Differences kept per projection (all are counted). Default 20. */
  maxDifferences?: number;
  upcasters: UpcasterRegistry;
  /**
   * Rebuild in worker threads straight from the embedded store's file (see parallel-rebuild.ts): for
   * the projections of `parallel.catalogueModule` only, which each worker makes for itself.
   */
  parallel?: ParallelRebuild;
}

export interface DocumentDifference {
  key: string;
  /** The position of the last event the rebuild applied to the document; absent when the rebuild did not produce it. */
  position?: string;
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

/** What a way of rebuilding gives back, per projection in the order given. */
export interface RebuildOutcome {
  events: number;
  /** Events beyond the live checkpoint of each projection. */
  behind: number[];
  comparisons: Comparison[];
}

export type Comparison = Omit<ProjectionComparison, 'liveBehindBy' | 'version' | 'liveCheckpoint' | 'liveVersion'>;
