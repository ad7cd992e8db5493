import { verifyRange } from '../range-verification';
import { PartitionInput, PartitionProgress, RebuildCatalogue, rebuildPartition } from '../partition-rebuild';

/** The work an audit worker thread can do: each task takes plain data (it crosses to the thread by structured clone) and reports its progress. */
export const AUDIT_TASKS = {
  'verify-range': (input: { path: string; after: number; upTo: number }, progress: (done: number) => void) =>
    verifyRange(input.path, input.after, input.upTo, progress),
  'rebuild-partition': (input: PartitionInput, progress: (p: PartitionProgress) => void, local?: RebuildCatalogue) =>
    rebuildPartition(input, progress, local),
};

export type AuditTask = keyof typeof AUDIT_TASKS;
export type TaskInput<T extends AuditTask> = Parameters<(typeof AUDIT_TASKS)[T]>[0];
export type TaskResult<T extends AuditTask> = Awaited<ReturnType<(typeof AUDIT_TASKS)[T]>>;
export type TaskProgress<T extends AuditTask> = Parameters<Parameters<(typeof AUDIT_TASKS)[T]>[1]>[0];
