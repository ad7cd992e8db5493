import { parentPort, workerData } from 'node:worker_threads';
import { AUDIT_TASKS, AuditTask } from './audit-tasks';

/** Entry point of an audit worker thread: runs one task (see run-in-worker.ts) and posts its result. */
const { task, input } = workerData as { task: AuditTask; input: never };
const port = parentPort!;
(AUDIT_TASKS[task] as (input: never, progress: (p: unknown) => void) => Promise<unknown>)(input, (progress) =>
  port.postMessage({ progress }),
).then(
  (result) => port.postMessage({ result }),
  (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
