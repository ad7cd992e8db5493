import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventStore, Position } from '../event-store/event-store.port';
import { Projection } from '../kernel/projection';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { logPages } from './history-export';
import { combineResults, rebuildInParallel } from './parallel-rebuild';
import { replayAndCompare } from './partition-rebuild';
import { MAX_DIFFERENCES } from './projection-replay';

export { compareKeys } from './projection-replay';
export type {
  DocumentDifference,
  ParallelRebuild,
  ProjectionComparison,
  RebuildOptions,
  RebuildProgress,
  RebuildReport,
} from './rebuild-report';
import { RebuildOptions, RebuildOutcome, RebuildReport } from './rebuild-report';

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
  options: RebuildOptions,
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

/**
 * The whole log through the port, on this thread (EventStoreDB, or any store without a file), into a
 * scratch file compared with the live store as a parallel rebuild's partitions are.
 */
async function rebuildOnThisThread(
  store: EventStore,
  liveDocuments: ProjectionStore,
  projections: readonly Projection[],
  upTo: Array<Position | undefined>,
  options: RebuildOptions,
): Promise<RebuildOutcome> {
  if (liveDocuments.path === ':memory:')
    throw new Error('A rebuild compares inside SQLite: the live projections must be a file, not :memory:');
  const maxDifferences = options.maxDifferences ?? MAX_DIFFERENCES;
  const liveCounts = projections.map((projection) => liveDocuments.documentCount(projection.name));
  const folder = mkdtempSync(join(tmpdir(), 'nihil-obstat-rebuild-'));
  const targetPath = join(folder, 'rebuilt.db');
  try {
    const job = {
      targetPath,
      livePath: liveDocuments.path,
      projections,
      upTo,
      maxDifferences,
      cacheSize: options.cacheSize,
      upcasters: options.upcasters,
    };
    const result = await replayAndCompare(logPages(store, options.pageSize ?? PAGE), job, ({ phase, done }) =>
      options.onProgress?.(phase === 'rebuild' ? { phase, done, total: options.total } : { phase, done }),
    );
    return combineResults([result], [targetPath], projections, liveDocuments, liveCounts, maxDifferences);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
