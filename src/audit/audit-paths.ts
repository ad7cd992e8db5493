import { embeddedStorePath } from '../event-store/event-store.factory';
import { EventStore } from '../event-store/event-store.port';
import { AppConfig } from '../platform/config';
import { VerificationReport, verifyChains } from './chain-verifier';
import { ParallelRebuild } from './rebuild-report';
import { verifyLogFile } from './parallel-verification';

/** The embedded store's file, when there is one that other threads can open. */
function embeddedFile(config: AppConfig): string | undefined {
  const path = embeddedStorePath(config.eventStore);
  return path === ':memory:' ? undefined : path;
}

/**
 * Verifies the configured store: the embedded store's file in worker threads (AUDIT_WORKERS), hashing
 * stored text; EventStoreDB through the port, one page after another, the engine's own streams only
 * (`streamPrefixes`: its `$all` is shared with the server's streams and anything else written to it).
 */
export function verifyConfiguredStore(
  store: EventStore,
  config: AppConfig,
  streamPrefixes: readonly string[],
  onProgress?: (checked: number) => void,
): Promise<VerificationReport> {
  const file = embeddedFile(config);
  if (file) return verifyLogFile(file, { workers: config.auditWorkers, onProgress });
  return verifyChains(store, { onProgress, streamPrefixes });
}

/**
 * How `rebuildAndCompare` may split its work for the configured store (undefined: through the port, on
 * this thread); `catalogueModule` makes the workers' projections (see RebuildCatalogue).
 */
export function parallelRebuildFor(config: AppConfig, catalogueModule: string): ParallelRebuild | undefined {
  const file = embeddedFile(config);
  return file ? { eventsPath: file, livePath: config.projectionsPath, workers: config.auditWorkers, catalogueModule } : undefined;
}
