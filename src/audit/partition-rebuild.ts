import { isDeepStrictEqual } from 'node:util';
import { Projection } from '../kernel/projection';
import { RebuildRow, SqliteLogReader } from '../event-store/sqlite/sqlite-log-reader';
import { EventMetadata, Position, StoredEvent } from '../event-store/event-store.port';
import { lazyMetadata } from './lazy-metadata';
import { UpcasterRegistry } from '../event-store/upcasting/upcaster-registry';
import { rebuildInto } from './projection-replay';
import { ScratchDocuments } from './scratch-documents';

/** One worker's share of a parallel rebuild (see parallel-rebuild.ts): plain data, sent to its thread. */
export interface PartitionInput {
  eventsPath: string;
  livePath: string;
  /** A new scratch file for this partition's documents. */
  targetPath: string;
  /** The partition's streams, as a JSON array. */
  streamsJson: string;
  /** The log's last position when the rebuild started: later events are left out. */
  lastPosition: number;
  /** The compiled module whose `rebuildCatalogue` export makes the projections and upcasters (see RebuildCatalogue). */
  catalogueModule: string;
  /** Projections of the catalogue by name, and for each the live checkpoint to stop at (null: none). */
  projections: string[];
  upTo: Array<Position | null>;
  cacheSize: number;
  maxDifferences: number;
}

/**
 * What a rebuild worker makes for itself: fresh projections and the upcasters. A worker thread loads it
 * from the module named in its input (the engine's composition root provides one), so that this folder
 * needs to know no capability.
 */
export interface RebuildCatalogue {
  projections(): Projection[];
  upcasters: UpcasterRegistry;
}

export interface PartitionComparison {
  /** Documents rebuilt in this partition; those found in the live store; those that differ or are not there. */
  documents: number;
  matched: number;
  differenceCount: number;
  differences: Array<{ key: string; position?: string; live?: unknown; rebuilt?: unknown }>;
}

export interface PartitionResult {
  events: number;
  behind: number[];
  perProjection: PartitionComparison[];
}

export interface PartitionProgress {
  phase: 'rebuild' | 'compare';
  done: number;
}

const PAGE = 500;

/**
 * Replays the events of the partition's streams, in global order, through the engine's projections,
 * and compares the result with the live documents (see {@link replayAndCompare}). Live documents that
 * no partition rebuilt are found by the caller, which sees all partitions.
 */
export async function rebuildPartition(
  input: PartitionInput,
  onProgress: (progress: PartitionProgress) => void,
  local?: RebuildCatalogue,
): Promise<PartitionResult> {
  const reader = new SqliteLogReader(input.eventsPath);
  try {
    const catalogue = local ?? loadCatalogue(input.catalogueModule);
    const available = catalogue.projections();
    const projections = input.projections.map((name) => projectionNamed(available, name, input.catalogueModule));
    const upTo = input.upTo.map((position) => position ?? undefined);
    const job = { ...input, projections, upTo, upcasters: catalogue.upcasters };
    return await replayAndCompare(partitionPages(reader, input.streamsJson, input.lastPosition), job, onProgress);
  } finally {
    reader.close();
  }
}

export interface ReplayJob {
  targetPath: string;
  livePath: string;
  projections: readonly Projection[];
  /** Per projection, the live checkpoint to stop at. */
  upTo: ReadonlyArray<Position | undefined>;
  cacheSize?: number;
  maxDifferences: number;
  upcasters: UpcasterRegistry;
}

/**
 * Applies `pages` (in global order, from zero) to the projections in a new scratch file, then joins its
 * documents with the live ones by key, inside SQLite. Both ways of rebuilding end here: a worker with
 * its partition's events, or one thread with the whole log read through the port.
 */
export async function replayAndCompare(
  pages: AsyncIterable<StoredEvent[]> | Iterable<StoredEvent[]>,
  job: ReplayJob,
  onProgress: (progress: PartitionProgress) => void,
): Promise<PartitionResult> {
  const target = new ScratchDocuments(job.targetPath);
  try {
    const { events, behind } = await rebuildInto(pages, target, job.projections, {
      upTo: job.upTo,
      cacheSize: job.cacheSize,
      upcasters: job.upcasters,
      onProgress: (done) => onProgress({ phase: 'rebuild', done }),
    });
    let compared = 0;
    const perProjection = job.projections.map((projection) => {
      const comparison = compareWithLive(projection.name, target, job.livePath, job.maxDifferences);
      onProgress({ phase: 'compare', done: (compared += comparison.documents) });
      return comparison;
    });
    return { events, behind, perProjection };
  } finally {
    target.close();
  }
}

function loadCatalogue(module: string): RebuildCatalogue {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a worker loads the module it is told of, compiled CommonJS
  const loaded = require(module) as { rebuildCatalogue?: RebuildCatalogue };
  if (!loaded.rebuildCatalogue) throw new Error(`${module} exports no rebuildCatalogue`);
  return loaded.rebuildCatalogue;
}

function projectionNamed(available: Projection[], name: string, module: string): Projection {
  const projection = available.find((candidate) => candidate.name === name);
  if (!projection) throw new Error(`No projection is named ${name} in ${module}: a parallel rebuild covers its catalogue only`);
  return projection;
}

function* partitionPages(reader: SqliteLogReader, streamsJson: string, lastPosition: number): Generator<StoredEvent[]> {
  for (let after = 0; ;) {
    const rows = reader.rowsOfStreams(streamsJson, after, lastPosition, PAGE);
    if (rows.length > 0) yield rows.map((row) => rebuildEvent(row, reader));
    if (rows.length < PAGE) return;
    after = Number(rows[rows.length - 1][0]);
  }
}

/**
 * The row as a stored event. Projections read `occurredAt` (and the upcasters `schemaVersion`) of
 * nearly every event and rarely anything else of its metadata: those two come from the copied
 * columns and the rest is parsed only if asked for (measured: a quarter of a rebuild's time went to
 * parsing metadata texts, which are most of the log's bytes). Rows without the copies are parsed whole.
 */
function rebuildEvent(row: RebuildRow, reader: SqliteLogReader): StoredEvent {
  const [position, eventId, streamId, revision, type, data, metadata, recordedAt, occurredAt, schemaVersion] = row;
  return {
    position: String(position) as Position,
    eventId,
    streamId,
    revision,
    type,
    data: JSON.parse(data) as unknown,
    metadata:
      metadata !== null
        ? (JSON.parse(metadata) as EventMetadata)
        : lazyMetadata(occurredAt!, schemaVersion!, () => JSON.parse(reader.metadataAt(position as number)!) as EventMetadata),
    recordedAt,
  };
}

/** Each rebuilt document against the live one of the same key: equal texts, or equal once parsed. */
function compareWithLive(name: string, rebuilt: ScratchDocuments, livePath: string, maxDifferences: number): PartitionComparison {
  const differences: PartitionComparison['differences'] = [];
  let differenceCount = 0;
  const { documents, matched } = rebuilt.compareWithFile(livePath, name, (key, text, liveText, position) => {
    const rebuiltDocument = JSON.parse(text) as unknown;
    const liveDocument = liveText === null ? undefined : (JSON.parse(liveText) as unknown);
    if (liveText !== null && isDeepStrictEqual(liveDocument, rebuiltDocument)) return;
    differenceCount += 1;
    if (differences.length >= maxDifferences) return;
    const at = position === null ? {} : { position };
    differences.push(
      liveText === null ? { key, ...at, rebuilt: rebuiltDocument } : { key, ...at, live: liveDocument, rebuilt: rebuiltDocument },
    );
  });
  return { documents, matched, differenceCount, differences };
}
