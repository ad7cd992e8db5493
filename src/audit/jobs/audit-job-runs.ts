import { setImmediate as nextTurn } from 'node:timers/promises';
import { EventStore, Position } from '../../event-store/event-store.port';
import { AuditJobKind, FinishedJob } from '../../event-store/jobs/audit-job-board';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { Projection } from '../../kernel/projection';
import { AppConfig } from '../../platform/config';
import { verifyConfiguredStore } from '../audit-paths';
import { DeciderRegistry } from '../decider-registry';
import { replayDecisions } from '../decision-replay';
import { rebuildAndCompare, RebuildOptions } from '../projection-rebuild';
import { digestExport } from './export-lines';

/** What the composition root gives the rebuild comparison: the engine's projections and how to rebuild them. */
export interface AuditRebuildCatalogue {
  projections(): Projection[];
  options: Pick<RebuildOptions, 'upcasters' | 'parallel'>;
}

export const AUDIT_REBUILD_CATALOGUE = Symbol('AUDIT_REBUILD_CATALOGUE');

/** What a job runs with. `total`: the log's events when the store counts them (positions 1, 2, 3, …), else 0. */
export interface JobContext {
  store: EventStore;
  config: AppConfig;
  deciders: DeciderRegistry;
  live: ProjectionStore;
  rebuild: AuditRebuildCatalogue;
  total: number;
  /** The log's last position when the job started: an export stops there. */
  lastPosition: Position | undefined;
}

/** Reports progress in events (the job's `progress.done`). */
export type JobProgress = (done: number) => void;

/** Runs one kind of job to its outcome: the summary the job shows, and its report. */
export function runJob(kind: AuditJobKind, context: JobContext, progress: JobProgress): Promise<FinishedJob> {
  switch (kind) {
    case 'verification':
      return verification(context, progress);
    case 'replay':
      return replay(context, progress);
    case 'rebuild-comparison':
      return rebuildComparison(context, progress);
    case 'export':
      return exportJob(context, progress);
  }
}

async function verification({ store, config, deciders }: JobContext, progress: JobProgress): Promise<FinishedJob> {
  const report = await verifyConfiguredStore(store, config, deciders.prefixes, progress);
  const { ok, eventsChecked, firstBroken } = report;
  return { state: 'done', summary: { ok, eventsChecked, ...(firstBroken ? { firstBroken } : {}) }, report: JSON.stringify(report) };
}

/** Scanning the log then replaying it: each counts for half of the job's events. */
async function replay({ store, deciders }: JobContext, progress: JobProgress): Promise<FinishedJob> {
  let scanned = 0;
  const report = await replayDecisions(withTurns(store), deciders, {
    onProgress: ({ phase, done }) => {
      if (phase === 'scan') scanned = done;
      progress(Math.floor((scanned + (phase === 'replay' ? done : 0)) / 2));
    },
  });
  const { ok, events, commandsReplayed, skipped, mismatchCount } = report;
  return { state: 'done', summary: { ok, events, commandsReplayed, skipped, mismatchCount }, report: JSON.stringify(report) };
}

async function rebuildComparison({ store, live, rebuild, total }: JobContext, progress: JobProgress): Promise<FinishedJob> {
  const report = await rebuildAndCompare(store, live, rebuild.projections(), {
    ...rebuild.options,
    total: total || undefined,
    onProgress: ({ phase, done }) => progress(phase === 'rebuild' ? done : total),
  });
  const differenceCount = report.perProjection.reduce((sum, projection) => sum + projection.differenceCount, 0);
  const summary = { matches: report.matches, events: report.events, differenceCount, uncovered: report.uncovered };
  return { state: 'done', summary, report: JSON.stringify(report) };
}

async function exportJob({ store, lastPosition }: JobContext, progress: JobProgress): Promise<FinishedJob> {
  const summary = await digestExport(withTurns(store), lastPosition, progress);
  return { state: 'done', summary: { ...summary } };
}

/**
 * The store with a turn of the event loop before each read: a job that reads the log page after page
 * (the embedded store answers at once) leaves requests their turn.
 */
function withTurns(store: EventStore): EventStore {
  return {
    append: (...args) => store.append(...args),
    readStream: async (...args) => {
      await nextTurn();
      return store.readStream(...args);
    },
    readAll: async (...args) => {
      await nextTurn();
      return store.readAll(...args);
    },
    subscribe: (...args) => store.subscribe(...args),
    identity: () => store.identity(),
    lastPosition: () => store.lastPosition(),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}
