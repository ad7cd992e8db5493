import type { Pool, PoolClient } from 'pg';
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
  done: string;
  total: string;
  started_at: Date;
  finished_at: Date | null;
  summary: Record<string, unknown> | null;
  owner: string;
  heartbeat_at: Date;
}

const COLUMNS = 'job_id, kind, state, done, total, started_at, finished_at, summary, owner, heartbeat_at';
// `active` is true while a job is queued or running, NULL after: its UNIQUE constraint makes the claim atomic.
const SCHEMA = `CREATE TABLE IF NOT EXISTS audit_jobs (
  job_id text PRIMARY KEY, kind text NOT NULL, state text NOT NULL, done bigint NOT NULL, total bigint NOT NULL,
  started_at timestamptz NOT NULL, finished_at timestamptz, summary json, report text, owner text NOT NULL,
  heartbeat_at timestamptz NOT NULL, active boolean UNIQUE
);
CREATE INDEX IF NOT EXISTS audit_jobs_by_start ON audit_jobs (started_at)`;
const FINISH =
  'UPDATE audit_jobs SET state = $1, summary = $2::json, report = $3, finished_at = $4, heartbeat_at = $5, active = NULL, ' +
  'done = CASE WHEN $6 THEN total ELSE done END WHERE job_id = $7 AND active';

/**
 * The audit jobs in the PostgreSQL store's database, table `audit_jobs` (outside the hash-chained
 * `events`), shared by every engine process on it. Made at first use, under an advisory lock.
 */
export class PostgresAuditJobBoard implements AuditJobBoard {
  private ready?: Promise<void>;

  constructor(private readonly pool: Pool) {}

  claim(job: NewAuditJob, staleBefore: Date): Promise<ClaimResult> {
    return this.inTransaction(async (client) => {
      await this.failStaleWith(client, staleBefore, job.at);
      const inserted = await client.query(
        `INSERT INTO audit_jobs (job_id, kind, state, done, total, started_at, owner, heartbeat_at, active)
         VALUES ($1, $2, 'running', 0, $3, $4, $5, $4, true) ON CONFLICT (active) DO NOTHING`,
        [job.jobId, job.kind, job.total, job.at, job.owner],
      );
      if (inserted.rowCount === 1) return { claimed: true };
      const { rows } = await client.query<JobRow>(`SELECT ${COLUMNS} FROM audit_jobs WHERE active`);
      if (rows.length === 0) throw new Error('The audit job board was busy, then free: try again');
      return { claimed: false, running: toJob(rows[0]) };
    });
  }

  async progress(jobId: string, done: number, total: number, at: Date): Promise<void> {
    await this.query("UPDATE audit_jobs SET done = $1, total = $2, heartbeat_at = $3 WHERE job_id = $4 AND state = 'running'", [
      done,
      total,
      at,
      jobId,
    ]);
  }

  async finish(jobId: string, { state, summary, report }: FinishedJob, at: Date): Promise<void> {
    await this.query(FINISH, [state, JSON.stringify(summary), report ?? null, at, at, state === 'done', jobId]);
  }

  failStale(staleBefore: Date, at: Date): Promise<void> {
    return this.inTransaction((client) => this.failStaleWith(client, staleBefore, at));
  }

  async find(jobId: string): Promise<AuditJob | undefined> {
    const { rows } = await this.query<JobRow>(`SELECT ${COLUMNS} FROM audit_jobs WHERE job_id = $1`, [jobId]);
    return rows[0] && toJob(rows[0]);
  }

  async report(jobId: string): Promise<string | undefined> {
    const { rows } = await this.query<{ report: string | null }>('SELECT report FROM audit_jobs WHERE job_id = $1', [jobId]);
    return rows[0]?.report ?? undefined;
  }

  async recent(limit: number): Promise<AuditJob[]> {
    const { rows } = await this.query<JobRow>(`SELECT ${COLUMNS} FROM audit_jobs ORDER BY started_at DESC LIMIT $1`, [limit]);
    return rows.map(toJob);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async failStaleWith(client: PoolClient, staleBefore: Date, at: Date): Promise<void> {
    const { rows } = await client.query<JobRow>(`SELECT ${COLUMNS} FROM audit_jobs WHERE active AND heartbeat_at < $1 FOR UPDATE`, [
      staleBefore,
    ]);
    for (const row of rows) {
      const summary = staleSummary(row.owner, row.heartbeat_at);
      await client.query(FINISH, ['failed', JSON.stringify(summary), null, at, row.heartbeat_at, false, row.job_id]);
    }
  }

  private async query<R extends object>(text: string, values: unknown[]) {
    await this.schema();
    return this.pool.query<R>(text, values);
  }

  private async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    await this.schema();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  /** Processes starting together make the table once: CREATE ... IF NOT EXISTS alone may race. */
  private schema(): Promise<void> {
    this.ready ??= (async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("SELECT pg_advisory_xact_lock(hashtext('nihil-obstat audit_jobs'))");
        await client.query(SCHEMA);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        this.ready = undefined;
        throw error;
      } finally {
        client.release();
      }
    })();
    return this.ready;
  }
}

function toJob(row: JobRow): AuditJob {
  return {
    jobId: row.job_id,
    kind: row.kind as AuditJobKind,
    state: row.state as AuditJobState,
    progress: { done: Number(row.done), total: Number(row.total) },
    startedAt: row.started_at,
    ...(row.finished_at !== null ? { finishedAt: row.finished_at } : {}),
    ...(row.summary !== null ? { summary: row.summary } : {}),
    owner: row.owner,
    heartbeatAt: row.heartbeat_at,
  };
}
