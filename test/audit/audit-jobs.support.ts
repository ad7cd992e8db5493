import Database from 'better-sqlite3';
import { AuditIo } from '../../scripts/audit';
import { TestApp, TestResponse } from '../support/test-app';
import { bearer } from '../support/tokens';

export interface JobView {
  jobId: string;
  kind: string;
  state: string;
  progress: { done: number; total: number };
  startedAt: string;
  finishedAt?: string;
  summary?: Record<string, unknown>;
}

const POLL_MS = 20;
const WITHIN_MS = 20_000;

/** The audit job routes, as an auditor calls them. */
export function auditJobClient(t: TestApp) {
  const auditor = bearer('auditor');
  const client = {
    start: (kind: string, headers: Record<string, string> = auditor): Promise<TestResponse> =>
      t.inject({ method: 'POST', url: '/v1/audit/jobs', headers, payload: { kind } }),
    get: (jobId: string) => t.inject({ method: 'GET', url: `/v1/audit/jobs/${jobId}`, headers: auditor }),
    report: (jobId: string) => t.inject({ method: 'GET', url: `/v1/audit/jobs/${jobId}/report`, headers: auditor }),
    /** Starts a job and polls it until it is no longer running. */
    async runToEnd(kind: string): Promise<JobView> {
      const started = await client.start(kind);
      if (started.statusCode !== 202) throw new Error(`POST /v1/audit/jobs answered ${started.statusCode}: ${started.body}`);
      const { jobId } = started.json() as { jobId: string };
      for (const until = Date.now() + WITHIN_MS; Date.now() < until;) {
        const job = (await client.get(jobId)).json() as JobView;
        if (job.state !== 'running' && job.state !== 'queued') return job;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      throw new Error(`The ${kind} job ${jobId} did not finish within ${WITHIN_MS} ms`);
    },
  };
  return client;
}

/** Runs `run` while an event's data is changed directly in the store's file, then restores it. */
export async function tamperedEvents<T>(dataDir: string, streamId: string, revision: number, run: () => Promise<T>): Promise<T> {
  const db = new Database(`${dataDir}/events.db`);
  const where = 'WHERE stream_id = ? AND revision = ?';
  const original = db.prepare(`SELECT data FROM events ${where}`).pluck().get(streamId, revision) as string;
  db.prepare(`UPDATE events SET data = json_set(data, '$.tampered', 1) ${where}`).run(streamId, revision);
  try {
    return await run();
  } finally {
    db.prepare(`UPDATE events SET data = ? ${where}`).run(original, streamId, revision);
    db.close();
  }
}

/** What the audit CLI writes, for tests that run it. */
export function cliIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: AuditIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text), isTTY: false },
    env: { LOG_LEVEL: 'silent' },
  };
  return { io, stderr: () => err.join(''), summary: () => JSON.parse(out.join('')) };
}
