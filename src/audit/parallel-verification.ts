import { SqliteLogReader } from '../event-store/sqlite/sqlite-log-reader';
import { VerificationReport } from './chain-verifier';
import { stitchRanges } from './range-verification';
import { runAuditTasks, workersFor } from './workers/run-in-worker';

export interface ParallelVerification {
  /** Worker threads at most. */
  workers: number;
  /** A log shorter than this many events per worker gets fewer workers (one: on this thread). Default 50,000. */
  minEventsPerWorker?: number;
  /** Called as the workers go, with the events checked in all ranges together. */
  onProgress?: (checked: number) => void;
}

/**
 * Verifies every hash chain of an embedded store's file: the log, up to its last position when this
 * starts, is cut into consecutive position ranges verified in worker threads at once, and their
 * reports are stitched into the report one pass would give (see stitchRanges).
 */
export async function verifyLogFile(path: string, options: ParallelVerification): Promise<VerificationReport> {
  const reader = new SqliteLogReader(path);
  let lastPosition: number;
  try {
    lastPosition = reader.lastPosition();
  } finally {
    reader.close();
  }
  const count = workersFor(lastPosition, options.workers, options.minEventsPerWorker);
  const bounds = Array.from({ length: count + 1 }, (_, i) => Math.round((lastPosition * i) / count));
  const checked = new Array<number>(count).fill(0);
  const ranges = bounds.slice(1).map((upTo, i) => ({ path, after: bounds[i], upTo }));
  const reports = await runAuditTasks('verify-range', ranges, (i, done) => {
    checked[i] = done;
    options.onProgress?.(checked.reduce((sum, n) => sum + n, 0));
  });
  return stitchRanges(reports);
}
