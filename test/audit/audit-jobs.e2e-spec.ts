import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { main } from '../../scripts/audit';
import { AuditJobs } from '../../src/audit/jobs/audit-jobs.service';
import { AUDIT_JOB_BOARD, AuditJobBoard } from '../../src/event-store/jobs/audit-job-board';
import { startTestApp, TestApp } from '../support/test-app';
import { temporaryDirectory } from '../support/temporary-directory';
import { bearer } from '../support/tokens';
import { ALLOW_LOCAL_WEBHOOKS, HISTORY_START, recordHistory } from './replay-history';
import { auditJobClient, cliIo, tamperedEvents } from './audit-jobs.support';

/** Audit jobs over HTTP: started, followed and read back, each kind, on a log with one of each command. */
describe('HTTP: audit jobs (verification, replay, rebuild comparison, export)', () => {
  const dir = temporaryDirectory();
  let t: TestApp;
  let events: number;
  let jobs: ReturnType<typeof auditJobClient>;

  beforeAll(async () => {
    t = await startTestApp({ dataDir: dir.path, now: HISTORY_START, env: ALLOW_LOCAL_WEBHOOKS });
    await recordHistory(t);
    events = await t.eventCount();
    jobs = auditJobClient(t);
  });
  afterAll(async () => {
    await t.close();
    dir.remove();
  });

  it('verification: 202 with a job id, progress up to the total, then { ok, eventsChecked } as its report', async () => {
    const job = await jobs.runToEnd('verification');
    expect(job).toEqual({
      jobId: expect.any(String),
      kind: 'verification',
      state: 'done',
      progress: { done: events, total: events },
      startedAt: expect.stringMatching(/Z$/),
      finishedAt: expect.stringMatching(/Z$/),
      summary: { ok: true, eventsChecked: events },
    });
    const report = await jobs.report(job.jobId);
    expect(report.headers['content-type']).toContain('application/json');
    expect(report.json()).toEqual({ ok: true, eventsChecked: events });
  });

  it('verification of a log changed directly in SQLite: the first broken event, with its position, stream and revision', async () => {
    const job = await tamperedEvents(dir.path, 'meeting-trafficking-2013', 0, () => jobs.runToEnd('verification'));
    expect(job.state).toBe('done');
    const firstBroken = { position: '1', streamId: 'meeting-trafficking-2013', revision: 0, reason: 'hash mismatch' };
    expect(job.summary).toEqual(expect.objectContaining({ ok: false, firstBroken: expect.objectContaining(firstBroken) }));
    expect((await jobs.report(job.jobId)).json().firstBroken).toEqual(expect.objectContaining(firstBroken));
  });

  it('replay: every recorded decision re-run; a changed event is a mismatch carrying its position', async () => {
    const clean = await jobs.runToEnd('replay');
    expect(clean.summary).toEqual(expect.objectContaining({ ok: true, events, mismatchCount: 0 }));
    expect(clean.progress).toEqual({ done: events, total: events });

    const db = new Database(`${dir.path}/events.db`);
    const objection = "type = 'ObjectionRaised' AND json_extract(data, '$.state') = 'KEN'";
    const position = String(db.prepare(`SELECT position FROM events WHERE ${objection}`).pluck().get());
    db.exec(`UPDATE events SET data = json_set(data, '$.reason', 'Another reason') WHERE ${objection}`);
    try {
      const job = await jobs.runToEnd('replay');
      expect(job.summary).toEqual(expect.objectContaining({ ok: false, mismatchCount: 2 }));
      const { mismatches } = (await jobs.report(job.jobId)).json();
      expect(mismatches[0]).toEqual(expect.objectContaining({ command: 'RaiseObjection', position }));
      expect(mismatches.every((m: { position: string }) => /^\d+$/.test(m.position))).toBe(true);
    } finally {
      db.exec(`UPDATE events SET data = json_set(data, '$.reason', 'Not independent of a government.') WHERE ${objection}`);
      db.close();
    }
  });

  it('rebuild comparison: matches, then a changed view is a difference naming the position of the event that made it', async () => {
    const clean = await jobs.runToEnd('rebuild-comparison');
    expect(clean.summary).toEqual(expect.objectContaining({ matches: true, events, differenceCount: 0, uncovered: [] }));

    const db = new Database(`${dir.path}/projections.db`);
    const key = 'meeting/trafficking-2013';
    const original = db.prepare("SELECT document FROM documents WHERE projection = 'meetings' AND key = ?").pluck().get(key) as string;
    db.prepare("UPDATE documents SET document = json_set(document, '$.title', 'Forged') WHERE projection = 'meetings' AND key = ?").run(
      key,
    );
    try {
      const job = await jobs.runToEnd('rebuild-comparison');
      expect(job.summary).toEqual(expect.objectContaining({ matches: false, differenceCount: 1 }));
      const meetings = (await jobs.report(job.jobId)).json().perProjection.find((p: { name: string }) => p.name === 'meetings');
      const [difference] = meetings.differences;
      expect(difference).toEqual(expect.objectContaining({ key, live: expect.objectContaining({ title: 'Forged' }) }));
      const event = await t.inject({
        method: 'GET',
        url: `/v1/audit/events?after=${Number(difference.position) - 1}&limit=1`,
        headers: bearer('auditor'),
      });
      expect(event.json().events[0]).toEqual(expect.objectContaining({ streamId: 'meeting-trafficking-2013' }));
    } finally {
      db.prepare("UPDATE documents SET document = ? WHERE projection = 'meetings' AND key = ?").run(original, key);
      db.close();
    }
  });

  it('export: the log as NDJSON up to the recorded position, with its digest; `verify --in` accepts it and refuses it changed', async () => {
    const job = await jobs.runToEnd('export');
    expect(job.summary).toEqual({ events, lastPosition: String(events), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const report = await jobs.report(job.jobId);
    expect(report.headers['content-type']).toContain('application/x-ndjson');
    expect(report.headers['x-content-sha256']).toBe(job.summary!.sha256);
    expect(createHash('sha256').update(report.body).digest('hex')).toBe(job.summary!.sha256);
    const lines = report.body.trim().split('\n');
    expect(lines).toHaveLength(events);
    expect(JSON.parse(lines[0])).toEqual(expect.objectContaining({ position: '1', type: 'MeetingCreated' }));

    const file = `${dir.path}/history.ndjson`;
    writeFileSync(file, report.body);
    const accepted = cliIo();
    expect(await main(['verify', '--in', file], accepted.io)).toBe(0);
    expect(accepted.summary()).toEqual({ command: 'verify', in: file, ok: true, eventsChecked: events });

    const changed = [...lines];
    changed[4] = JSON.stringify({ ...JSON.parse(lines[4]), data: { forged: true } });
    writeFileSync(file, `${changed.join('\n')}\n`);
    const refused = cliIo();
    expect(await main(['verify', '--in', file], refused.io)).toBe(1);
    expect(refused.summary().firstBroken).toEqual(expect.objectContaining({ line: 5, position: '5', reason: 'hash mismatch' }));

    // Two events of different streams swapped: each chain still holds, the order does not.
    const parsed = lines.map((line) => JSON.parse(line) as { streamId: string; revision: number });
    const i = parsed.findIndex((event, j) => j > 0 && event.revision === 0 && event.streamId !== parsed[j - 1].streamId);
    writeFileSync(file, `${[...lines.slice(0, i - 1), lines[i], lines[i - 1], ...lines.slice(i + 1)].join('\n')}\n`);
    const reordered = cliIo();
    expect(await main(['verify', '--in', file], reordered.io)).toBe(1);
    expect(reordered.summary().firstBroken).toEqual(expect.objectContaining({ line: i + 1, reason: 'out of order' }));
  });

  it('one job at a time: while one runs (here, claimed by another engine process), 409 INVALID_STATE naming it; its report 409', async () => {
    const board = t.app.get<AuditJobBoard>(AUDIT_JOB_BOARD);
    const jobId = '00000000-0000-4000-8000-000000000001';
    const at = new Date();
    await board.claim({ jobId, kind: 'replay', owner: 'another-process', total: events, at }, new Date(0));
    const refused = await jobs.start('export');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual(
      expect.objectContaining({ code: 'INVALID_STATE', details: { jobId, kind: 'replay', since: at.toISOString() } }),
    );
    expect(refused.json().message).toContain(`replay job ${jobId} is running since ${at.toISOString()}`);
    expect((await jobs.report(jobId)).statusCode).toBe(409);
    await board.finish(jobId, { state: 'failed', summary: { error: 'stopped by the test' } }, new Date());
  });

  it('a job whose process stopped (stale heartbeat) is failed, saying so, and no longer blocks the next', async () => {
    const board = t.app.get<AuditJobBoard>(AUDIT_JOB_BOARD);
    const jobId = '00000000-0000-4000-8000-000000000002';
    await board.claim({ jobId, kind: 'export', owner: 'host:4242:dead', total: events, at: new Date(Date.now() - 60_000) }, new Date(0));
    const started = await jobs.runToEnd('verification');
    expect(started.state).toBe('done');
    const lost = (await jobs.get(jobId)).json();
    expect(lost).toEqual(expect.objectContaining({ state: 'failed', finishedAt: expect.any(String) }));
    expect(lost.summary.error).toContain('The engine process running this job (host:4242:dead) stopped');
  });

  it('lists recent jobs newest first; unknown job 404, a malformed id 400; roles; an Idempotency-Key repeat answers the same job', async () => {
    const list = await t.inject({ method: 'GET', url: '/v1/audit/jobs', headers: bearer('pga') });
    expect(list.statusCode).toBe(200);
    const startedAt = list.json().jobs.map((job: { startedAt: string }) => job.startedAt);
    expect(startedAt).toEqual([...startedAt].sort().reverse());
    expect((await jobs.get('00000000-0000-4000-8000-00000000ffff')).statusCode).toBe(404);
    expect((await jobs.report('00000000-0000-4000-8000-00000000ffff')).statusCode).toBe(404);
    expect((await jobs.get('not-a-job')).statusCode).toBe(400);
    expect((await jobs.start('verification', bearer('member-state', 'FRA'))).statusCode).toBe(403);
    expect((await jobs.start('frobnicate')).statusCode).toBe(400);

    const keyed = { ...bearer('auditor'), 'idempotency-key': 'audit-job-1' };
    const first = await jobs.start('verification', keyed);
    expect(first.statusCode).toBe(202);
    expect(Object.keys(first.json())).toEqual(['jobId']);
    await t.app.get(AuditJobs).settled();
    const again = await jobs.start('verification', keyed);
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual(first.json());
    expect(await t.eventCount()).toBe(events);
  });

  it('another engine process on the same log sees the same job, and the same board', async () => {
    const other = await startTestApp({ dataDir: dir.path, env: { PROJECTIONS_SQLITE_PATH: `${dir.path}/other-projections.db` } });
    try {
      const job = await jobs.runToEnd('verification');
      const seen = await other.inject({ method: 'GET', url: `/v1/audit/jobs/${job.jobId}`, headers: bearer('auditor') });
      expect(seen.json()).toEqual(job);
      const board = t.app.get<AuditJobBoard>(AUDIT_JOB_BOARD);
      const jobId = '00000000-0000-4000-8000-000000000003';
      await board.claim({ jobId, kind: 'verification', owner: 'first', total: events, at: new Date() }, new Date(0));
      const refused = await auditJobClient(other).start('replay');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().details.jobId).toBe(jobId);
      await board.finish(jobId, { state: 'done', summary: {} }, new Date());
    } finally {
      await other.app.close();
    }
  });
});
