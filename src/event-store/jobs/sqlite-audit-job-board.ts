import type Database from 'better-sqlite3';
import {
  AuditJob,
  AuditJobBoard,
  AuditJobKind,
  AuditJobState,
  ClaimResult,
  FinishedJob,
  NewAuditJob,
  staleSummary,
} from './audit-job-board';

interface JobRow {
  job_id: string;
  kind: string;
  state: string;
  done: number;
  total: number;
  started_at: number;
  finished_at: number | null;
  summary: string | null;
  owner: string;
  heartbeat_at: number;
}

const COLUMNS = 'job_id, kind, state, done, total, started_at, finished_at, summary, owner, heartbeat_at';

/**
 * The audit jobs in a table of a SQLite file: the embedded store's own file (every process on the log
 * opens it), or, on EventStoreDB without Redis, the file beside the read models (one process only).
 * `active` is 1 while a job is queued or running and NULL after: its UNIQUE constraint makes the claim
 * atomic across processes. The table is outside the hash chain, which covers `events` only.
 */
export class SqliteAuditJobBoard implements AuditJobBoard {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS audit_jobs (
      job_id TEXT PRIMARY KEY, kind TEXT NOT NULL, state TEXT NOT NULL, done INTEGER NOT NULL, total INTEGER NOT NULL,
      started_at INTEGER NOT NULL, finished_at INTEGER, summary TEXT, report TEXT, owner TEXT NOT NULL,
      heartbeat_at INTEGER NOT NULL, active INTEGER UNIQUE
    );
    CREATE INDEX IF NOT EXISTS audit_jobs_by_start ON audit_jobs (started_at)`);
    this.statements = {
      insert: db.prepare(
        "INSERT INTO audit_jobs (job_id, kind, state, done, total, started_at, owner, heartbeat_at, active) VALUES (?, ?, 'running', 0, ?, ?, ?, ?, 1)",
      ),
      active: db.prepare(`SELECT ${COLUMNS} FROM audit_jobs WHERE active = 1`),
      stale: db.prepare(`SELECT ${COLUMNS} FROM audit_jobs WHERE active = 1 AND heartbeat_at < ?`),
      progress: db.prepare("UPDATE audit_jobs SET done = ?, total = ?, heartbeat_at = ? WHERE job_id = ? AND state = 'running'"),
      finish: db.prepare(
        'UPDATE audit_jobs SET state = ?, summary = ?, report = ?, finished_at = ?, heartbeat_at = ?, active = NULL, ' +
          'done = CASE WHEN ? THEN total ELSE done END WHERE job_id = ? AND active = 1',
      ),
      find: db.prepare(`SELECT ${COLUMNS} FROM audit_jobs WHERE job_id = ?`),
      report: db.prepare('SELECT report FROM audit_jobs WHERE job_id = ?').pluck(),
      recent: db.prepare(`SELECT ${COLUMNS} FROM audit_jobs ORDER BY started_at DESC, rowid DESC LIMIT ?`),
    };
  }

  claim(job: NewAuditJob, staleBefore: Date): Promise<ClaimResult> {
    const claim = this.db.transaction((): ClaimResult => {
      this.failStaleNow(staleBefore, job.at);
      const running = this.statements.active.get() as JobRow | undefined;
      if (running) return { claimed: false, running: toJob(running) };
      const at = job.at.getTime();
      this.statements.insert.run(job.jobId, job.kind, job.total, at, job.owner, at);
      return { claimed: true };
    });
    // IMMEDIATE: the write lock is taken before the read, so two processes cannot both see the board free.
    return Promise.resolve(claim.immediate());
  }

  progress(jobId: string, done: number, total: number, at: Date): Promise<void> {
    this.statements.progress.run(done, total, at.getTime(), jobId);
    return Promise.resolve();
  }

  finish(jobId: string, { state, summary, report }: FinishedJob, at: Date): Promise<void> {
    const time = at.getTime();
    this.statements.finish.run(state, JSON.stringify(summary), report ?? null, time, time, state === 'done' ? 1 : 0, jobId);
    return Promise.resolve();
  }

  failStale(staleBefore: Date, at: Date): Promise<void> {
    this.db.transaction(() => this.failStaleNow(staleBefore, at)).immediate();
    return Promise.resolve();
  }

  find(jobId: string): Promise<AuditJob | undefined> {
    const row = this.statements.find.get(jobId) as JobRow | undefined;
    return Promise.resolve(row && toJob(row));
  }

  report(jobId: string): Promise<string | undefined> {
    return Promise.resolve((this.statements.report.get(jobId) as string | null | undefined) ?? undefined);
  }

  recent(limit: number): Promise<AuditJob[]> {
    return Promise.resolve((this.statements.recent.all(limit) as JobRow[]).map(toJob));
  }

  close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }

  private failStaleNow(staleBefore: Date, at: Date): void {
    for (const row of this.statements.stale.all(staleBefore.getTime()) as JobRow[]) {
      const summary = staleSummary(row.owner, new Date(row.heartbeat_at));
      this.statements.finish.run('failed', JSON.stringify(summary), null, at.getTime(), row.heartbeat_at, 0, row.job_id);
    }
  }
}

function toJob(row: JobRow): AuditJob {
  return {
    jobId: row.job_id,
    kind: row.kind as AuditJobKind,
    state: row.state as AuditJobState,
    progress: { done: row.done, total: row.total },
    startedAt: new Date(row.started_at),
    ...(row.finished_at !== null ? { finishedAt: new Date(row.finished_at) } : {}),
    ...(row.summary !== null ? { summary: JSON.parse(row.summary) as Record<string, unknown> } : {}),
    owner: row.owner,
    heartbeatAt: new Date(row.heartbeat_at),
  };
}
