import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import { AuditJobBoard } from '../../src/event-store/jobs/audit-job-board';
import { PostgresAuditJobBoard } from '../../src/event-store/jobs/postgres-audit-job-board';
import { RedisAuditJobBoard } from '../../src/event-store/jobs/redis-audit-job-board';
import { SqliteAuditJobBoard } from '../../src/event-store/jobs/sqlite-audit-job-board';
import { openSqliteFile } from '../../src/event-store/sqlite/sqlite-file';
import { createTestDatabase, TestDatabase } from '../support/postgres-database';
import { deleteKeys } from '../support/private-redis';
import { temporaryDirectory } from '../support/temporary-directory';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const AT = new Date('2013-09-24T10:00:00.000Z');
const later = (ms: number) => new Date(AT.getTime() + ms);
const job = (jobId: string, owner = 'one', at = AT) => ({ jobId, kind: 'verification' as const, owner, total: 10, at });

/** Two processes' boards on one place (two connections), for each place the engine keeps them. */
interface Place {
  name: string;
  open(): Promise<{ one: AuditJobBoard; other: AuditJobBoard; close(): Promise<void> }>;
}

const dir = temporaryDirectory();
const PLACES: Place[] = [
  {
    name: 'a table of the embedded store’s file',
    open: () => {
      const path = `${dir.path}/${randomUUID()}.db`;
      const pragmas = ['journal_mode = WAL', 'busy_timeout = 5000'];
      const [one, other] = [new SqliteAuditJobBoard(openSqliteFile(path, pragmas)), new SqliteAuditJobBoard(openSqliteFile(path, pragmas))];
      return Promise.resolve({ one, other, close: async () => void (await Promise.all([one.close(), other.close()])) });
    },
  },
  {
    name: 'a table of the PostgreSQL database',
    open: async () => {
      const database: TestDatabase = await createTestDatabase();
      const [one, other] = [1, 2].map(() => new PostgresAuditJobBoard(new Pool({ connectionString: database.url, max: 2 })));
      return { one, other, close: async () => (await Promise.all([one.close(), other.close()]), await database.drop()) };
    },
  },
  {
    name: 'Redis (EventStoreDB)',
    open: () => {
      const prefix = `test-audit-jobs-${randomUUID()}`;
      const [one, other] = [1, 2].map(() => new RedisAuditJobBoard(new Redis(REDIS_URL, { maxRetriesPerRequest: 2 }), prefix));
      const admin = new Redis(REDIS_URL);
      return Promise.resolve({
        one,
        other,
        close: async () => {
          await deleteKeys(admin, prefix);
          admin.disconnect();
          await Promise.all([one.close(), other.close()]);
        },
      });
    },
  },
];

afterAll(() => dir.remove());

describe.each(PLACES)('the audit job board in $name', (place) => {
  let boards: Awaited<ReturnType<Place['open']>>;
  beforeAll(async () => {
    boards = await place.open();
  });
  afterAll(() => boards.close());

  it('lets one job run at a time across processes: of two claims at once, one wins and the other names it', async () => {
    const results = await Promise.all([
      boards.one.claim(job('a', 'one'), later(-60_000)),
      boards.other.claim(job('b', 'other'), later(-60_000)),
    ]);
    const won = results.filter((result) => result.claimed);
    expect(won).toHaveLength(1);
    const lost = results.find((result) => !result.claimed) as { claimed: false; running: { jobId: string } };
    const winner = results[0].claimed ? 'a' : 'b';
    expect(lost.running.jobId).toBe(winner);

    await boards.other.progress(winner, 4, 10, later(1000));
    expect(await boards.one.find(winner)).toEqual(
      expect.objectContaining({ state: 'running', progress: { done: 4, total: 10 }, heartbeatAt: later(1000) }),
    );
    await boards.one.finish(winner, { state: 'done', summary: { ok: true }, report: '{"ok":true}' }, later(2000));
    expect(await boards.other.find(winner)).toEqual(
      expect.objectContaining({ state: 'done', progress: { done: 10, total: 10 }, summary: { ok: true }, finishedAt: later(2000) }),
    );
    expect(await boards.other.report(winner)).toBe('{"ok":true}');
    expect(await boards.other.claim(job('c', 'other', later(3000)), later(-60_000))).toEqual({ claimed: true });
    await boards.other.finish('c', { state: 'failed', summary: { error: 'test' } }, later(4000));
  });

  it('fails a job whose heartbeat is stale, saying which process stopped, and lets the next one start', async () => {
    await boards.one.claim(job('lost', 'host:1:dead', later(10_000)), later(0));
    expect((await boards.other.claim(job('next', 'other', later(20_000)), later(5_000))).claimed).toBe(false);
    expect(await boards.other.claim(job('next', 'other', later(50_000)), later(20_000))).toEqual({ claimed: true });
    const lost = await boards.one.find('lost');
    expect(lost).toEqual(expect.objectContaining({ state: 'failed', finishedAt: later(50_000) }));
    expect(lost?.summary?.error).toContain('(host:1:dead) stopped: no heartbeat since 2013-09-24T10:00:10.000Z');
    await boards.other.finish('next', { state: 'done', summary: {} }, later(60_000));
    expect((await boards.one.recent(10)).map((j) => j.jobId).slice(0, 2)).toEqual(['next', 'lost']);
  });
});
