import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Position } from '../event-store/event-store.port';
import { Projection } from '../kernel/projection';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { SqliteLogReader } from '../event-store/sqlite/sqlite-log-reader';
import { PartitionProgress, PartitionResult } from './partition-rebuild';
import type { Comparison, ParallelRebuild, RebuildOptions, RebuildOutcome } from './rebuild-report';
import { CACHE_SIZE, compareKeys, MAX_DIFFERENCES } from './projection-replay';
import { scratchLookup } from './scratch-documents';
import { runAuditTasks, workersFor } from './workers/run-in-worker';

/**
 * The rebuild split by stream over worker threads: every engine projection is stream-local (an
 * event only touches documents that events of its own stream make), so the streams are dealt out in
 * partitions of about equal events, and each worker replays its streams' events in global order into
 * a scratch file of its own, then compares its documents with the live ones. This thread then counts
 * the live documents no partition rebuilt. The result is the same as one pass over the whole log.
 */
export async function rebuildInParallel(
  parallel: ParallelRebuild,
  liveDocuments: ProjectionStore,
  projections: readonly Projection[],
  upTo: Array<Position | undefined>,
  options: RebuildOptions,
): Promise<RebuildOutcome> {
  const reader = new SqliteLogReader(parallel.eventsPath);
  let lastPosition: number;
  let sizes: Array<[string, number]>;
  try {
    lastPosition = reader.lastPosition();
    sizes = reader.streamSizes(lastPosition);
  } finally {
    reader.close();
  }
  const partition = parallel.partition ?? partitionStreams;
  const partitions = partition(sizes, workersFor(lastPosition, parallel.workers, parallel.minEventsPerWorker));
  const folder = mkdtempSync(join(tmpdir(), 'nihil-obstat-rebuild-'));
  try {
    const progress = new ProgressSum(partitions.length, options);
    const maxDifferences = options.maxDifferences ?? MAX_DIFFERENCES;
    const inputs = partitions.map((streams, i) => ({
      eventsPath: parallel.eventsPath,
      livePath: parallel.livePath,
      targetPath: join(folder, `partition-${i}.db`),
      streamsJson: JSON.stringify(streams),
      lastPosition,
      catalogueModule: parallel.catalogueModule,
      projections: projections.map((projection) => projection.name),
      upTo: upTo.map((position) => position ?? null),
      cacheSize: Math.ceil((options.cacheSize ?? CACHE_SIZE) / partitions.length),
      maxDifferences,
    }));
    const local = { projections: () => [...projections], upcasters: options.upcasters };
    const working = runAuditTasks('rebuild-partition', inputs, (i, update) => progress.update(i, update), local);
    working.catch(() => undefined); // awaited below; not an unhandled rejection while the live counts run
    // Counted while the workers replay (this thread is idle meanwhile); projections are quiet during an audit.
    const liveCounts = projections.map((projection) => liveDocuments.documentCount(projection.name));
    const results = await working;
    return combineResults(
      results,
      inputs.map((input) => input.targetPath),
      projections,
      liveDocuments,
      liveCounts,
      maxDifferences,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Streams dealt into `count` partitions of about equal events: the largest first, each to the lightest partition. */
export function partitionStreams(sizes: ReadonlyArray<[string, number]>, count: number): string[][] {
  const partitions = Array.from({ length: count }, () => ({ events: 0, streams: [] as string[] }));
  for (const [streamId, events] of [...sizes].sort((a, b) => b[1] - a[1])) {
    const lightest = partitions.reduce((best, candidate) => (candidate.events < best.events ? candidate : best));
    lightest.streams.push(streamId);
    lightest.events += events;
  }
  return partitions.filter((partition) => partition.streams.length > 0 || count === 1).map((partition) => partition.streams);
}

/**
 * The outcome of a rebuild from its partitions' results (each replayed into its scratch file in
 * `targets`): counts summed, and per projection the live documents that no partition rebuilt.
 */
export function combineResults(
  results: readonly PartitionResult[],
  targets: readonly string[],
  projections: readonly Projection[],
  live: ProjectionStore,
  liveCounts: readonly number[],
  maxDifferences: number,
): RebuildOutcome {
  return {
    events: results.reduce((sum, result) => sum + result.events, 0),
    behind: projections.map((_, j) => results.reduce((sum, result) => sum + result.behind[j], 0)),
    comparisons: projections.map((projection, j) => combine(projection.name, j, results, live, liveCounts[j], targets, maxDifferences)),
  };
}

/** One projection's comparison from every partition's, plus the live documents that no partition rebuilt. */
function combine(
  name: string,
  j: number,
  results: readonly PartitionResult[],
  live: ProjectionStore,
  liveDocuments: number,
  targets: readonly string[],
  maxDifferences: number,
): Comparison {
  const parts = results.map((result) => result.perProjection[j]);
  const documents = parts.reduce((sum, part) => sum + part.documents, 0);
  const matched = parts.reduce((sum, part) => sum + part.matched, 0);
  const differences = parts.flatMap((part) => part.differences);
  let differenceCount = parts.reduce((sum, part) => sum + part.differenceCount, 0);
  if (matched < liveDocuments) {
    const missing = liveOnly(name, live, targets, maxDifferences);
    differenceCount += liveDocuments - matched;
    differences.push(...missing);
  }
  differences.sort((a, b) => compareKeys(a.key, b.key));
  return {
    name,
    documents,
    liveDocuments,
    matches: differenceCount === 0,
    differenceCount,
    differences: differences.slice(0, maxDifferences),
  };
}

/** The first live documents (in key order) that no partition rebuilt. Only looked for when the counts say there are some. */
function liveOnly(name: string, live: ProjectionStore, targets: readonly string[], max: number): Array<{ key: string; live: unknown }> {
  const stores = targets.map(scratchLookup);
  const found: Array<{ key: string; live: unknown }> = [];
  try {
    for (const [key, text] of live.documentTexts(name)) {
      if (stores.some((store) => store.has(name, key))) continue;
      found.push({ key, live: JSON.parse(text) });
      if (found.length >= max) break;
    }
  } finally {
    stores.forEach((store) => store.close());
  }
  return found;
}

/** The workers' progress summed: events replayed while any worker replays, then documents compared. */
class ProgressSum {
  private readonly replayed: number[];
  private readonly compared: Array<number | undefined>;

  constructor(
    count: number,
    private readonly options: RebuildOptions,
  ) {
    this.replayed = new Array<number>(count).fill(0);
    this.compared = new Array<number | undefined>(count).fill(undefined);
  }

  update(i: number, progress: PartitionProgress): void {
    if (progress.phase === 'rebuild') this.replayed[i] = progress.done;
    else this.compared[i] = progress.done;
    if (this.compared.some((done) => done === undefined)) {
      this.options.onProgress?.({ phase: 'rebuild', done: sum(this.replayed), total: this.options.total });
    } else this.options.onProgress?.({ phase: 'compare', done: sum(this.compared as number[]) });
  }
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
