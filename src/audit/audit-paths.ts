import { EventStore } from '../event-store/event-store.port';
import { AppConfig } from '../shared/config';
import { VerificationReport, verifyChains } from './chain-verifier';
import { ENGINE_DECIDERS } from './decider-registry';
import { ParallelRebuild } from './parallel-rebuild';
import { verifyLogFile } from './parallel-verification';

/** The embedded store's file, when there is one that other threads can open. */
function embeddedFile(config: AppConfig): string | undefined {
  const { connectionString, sqlitePath } = config.eventStore;
  return connectionString || sqlitePath === ':memory:' ? undefined : sqlitePath;
}

/** The engine's streams: every stream the engine writes belongs to one of its deciders. */
export const ENGINE_STREAM_PREFIXES: readonly string[] = ENGINE_DECIDERS.map((entry) => entry.prefix);

/**
 * Verifies the configured store: the embedded store's file in worker threads (AUDIT_WORKERS), hashing
 * stored text; EventStoreDB through the port, one page after another, the engine's own streams only
 * (its `$all` is shared with the server's streams and anything else written to it).
 */
export function verifyConfiguredStore(store: EventStore, config: AppConfig, onProgress?: (checked: number) => void): Promise<VerificationReport> {
  const file = embeddedFile(config);
  if (file) return verifyLogFile(file, { workers: config.auditWorkers, onProgress });
  return verifyChains(store, { onProgress, streamPrefixes: ENGINE_STREAM_PREFIXES });
}

/** How `rebuildAndCompare` may split its work for the configured store (undefined: through the port, on this thread). */
export function parallelRebuildFor(config: AppConfig): ParallelRebuild | undefined {
  const file = embeddedFile(config);
  return file ? { eventsPath: file, livePath: config.projectionsPath, workers: config.auditWorkers } : undefined;
}
