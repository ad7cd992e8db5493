/** The kinds of audit job an auditor may start from the console (contract 1.2, "Auditors"). */
export const AUDIT_JOB_KINDS = ['verification', 'replay', 'rebuild-comparison', 'export'] as const;
export type AuditJobKind = (typeof AUDIT_JOB_KINDS)[number];
export type AuditJobState = 'queued' | 'running' | 'done' | 'failed';

/** A job as every engine process reads it from the board. */
export interface AuditJob {
  jobId: string;
  kind: AuditJobKind;
  state: AuditJobState;
  progress: { done: number; total: number };
  startedAt: Date;
  finishedAt?: Date;
  summary?: Record<string, unknown>;
  /** The engine process running it (host, pid and a random id). */
  owner: string;
  /** Written with each progress: a running job whose heartbeat is stale lost its process. */
  heartbeatAt: Date;
}

export interface NewAuditJob {
  jobId: string;
  kind: AuditJobKind;
  owner: string;
  total: number;
  at: Date;
}

export type ClaimResult = { claimed: true } | { claimed: false; running: AuditJob };

export interface FinishedJob {
  state: 'done' | 'failed';
  summary: Record<string, unknown>;
  /** The report as JSON text (verification, replay, rebuild comparison); none for an export, which the log itself answers. */
  report?: string;
}

/**
 * The audit jobs, shared by every engine process on one log: kept beside it like the idempotency keys
 * (the embedded store's file, the PostgreSQL database, Redis for EventStoreDB). At most one job is
 * queued or running at a time, across processes: `claim` is atomic.
 */
export interface AuditJobBoard {
  /**
   * Records a new running job unless another is queued or running (answered instead). Jobs whose
   * heartbeat is older than `staleBefore` are failed first (their process died), so they never block.
   */
  claim(job: NewAuditJob, staleBefore: Date): Promise<ClaimResult>;
  /** Progress and heartbeat of a running job. */
  progress(jobId: string, done: number, total: number, at: Date): Promise<void>;
  finish(jobId: string, outcome: FinishedJob, at: Date): Promise<void>;
  /** Fails every queued or running job whose heartbeat is older than `staleBefore`, saying why (staleSummary). */
  failStale(staleBefore: Date, at: Date): Promise<void>;
  find(jobId: string): Promise<AuditJob | undefined>;
  report(jobId: string): Promise<string | undefined>;
  /** The most recent jobs, newest first. */
  recent(limit: number): Promise<AuditJob[]>;
  close(): Promise<void>;
}

/** Why a job whose process died was failed: what its summary says. */
export function staleSummary(owner: string, heartbeatAt: Date): Record<string, unknown> {
  return {
    error:
      `The engine process running this job (${owner}) stopped: no heartbeat since ${heartbeatAt.toISOString()}. ` + 'Start the job again.',
  };
}

export const AUDIT_JOB_BOARD = Symbol('AUDIT_JOB_BOARD');
