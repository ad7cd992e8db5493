import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RebuildCatalogue } from '../partition-rebuild';
import { AUDIT_TASKS, AuditTask, TaskInput, TaskProgress, TaskResult } from './audit-tasks';

const YOUNG_GENERATION_MB = 32;
/** Below this many events per worker, starting a thread costs more than it saves. */
const MIN_EVENTS_PER_WORKER = 50_000;

/** How many workers share `events`: at most `workers`, each with `minEventsPerWorker` at least; one at the least. */
export function workersFor(events: number, workers: number, minEventsPerWorker = MIN_EVENTS_PER_WORKER): number {
  return Math.max(1, Math.min(workers, Math.ceil(events / minEventsPerWorker)));
}

type ProgressOf<T extends AuditTask> = (progress: TaskProgress<T>) => void;

/**
 * Runs one audit task per input side by side, each in a worker thread of its own (a single input runs
 * here, on this thread, with the `local` catalogue: for small logs, where starting a thread costs more than it saves). Progress
 * comes back as each task posts it, with the task's index. When one fails, the others are stopped and
 * its error is thrown.
 */
export async function runAuditTasks<T extends AuditTask>(
  task: T,
  inputs: ReadonlyArray<TaskInput<T>>,
  onProgress: (index: number, progress: TaskProgress<T>) => void,
  local?: RebuildCatalogue,
): Promise<Array<TaskResult<T>>> {
  if (inputs.length === 1) {
    const run = AUDIT_TASKS[task] as (input: TaskInput<T>, progress: ProgressOf<T>, local?: RebuildCatalogue) => Promise<TaskResult<T>>;
    return [await run(inputs[0], (progress) => onProgress(0, progress), local)];
  }
  const workers: Worker[] = [];
  try {
    return await Promise.all(inputs.map((input, i) => inWorker(task, input, (progress) => onProgress(i, progress), workers)));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function inWorker<T extends AuditTask>(task: T, input: TaskInput<T>, onProgress: ProgressOf<T>, started: Worker[]): Promise<TaskResult<T>> {
  return new Promise((resolvePromise, reject) => {
    // Trials over the bench's log (V8's default, 32, 64, 96 MB): speed within the noise, peak memory lowest at 32 MB.
    const worker = new Worker(workerScript(), {
      workerData: { task, input },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    started.push(worker);
    let settled = false;
    worker.on('message', (message: { progress?: TaskProgress<T>; result?: TaskResult<T>; error?: string }) => {
      if (message.progress !== undefined) return onProgress(message.progress);
      settled = true;
      if (message.error !== undefined) reject(new Error(`audit worker (${task}) failed: ${message.error}`));
      else resolvePromise(message.result!);
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
