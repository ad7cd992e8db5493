import { rmSync } from 'node:fs';
import { captureNestLogs } from '../support/captured-logs';
import { startTestApp, TestApp } from '../support/test-app';
import { temporaryDirectory } from '../support/temporary-directory';
import { bearer } from '../support/tokens';

const meeting = (id: string) => ({ id, title: `Meeting ${id}`, timezone: 'America/New_York', mandate: ['A/RES/67/190'] });

const create = (t: TestApp, id: string, headers: Record<string, string> = {}) =>
  t.inject({ method: 'POST', url: '/v1/meetings', headers: { ...bearer('pga'), ...headers }, payload: meeting(id) });

const read = (t: TestApp, id: string) => t.inject({ method: 'GET', url: `/v1/meetings/${id}`, headers: bearer('observer', 'VAT') });

/** A new log in the same folder (a deleted log file, another set-up): projections.db stays. */
function replaceLog(dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dataDir}/events.db${suffix}`, { force: true });
}

describe('the engine started on another log than its read models', () => {
  let dir: ReturnType<typeof temporaryDirectory>;
  let logs: ReturnType<typeof captureNestLogs>;
  beforeEach(() => {
    dir = temporaryDirectory();
    logs = captureNestLogs();
  });
  afterEach(() => {
    logs.restore();
    dir.remove();
  });

  /** Runs the engine on the folder until `work` is done. */
  async function run<T>(work: (t: TestApp) => Promise<T>): Promise<T> {
    const t = await startTestApp({ dataDir: dir.path, logger: logs.logger });
    try {
      return await work(t);
    } finally {
      await t.close();
    }
  }

  const bindingWarnings = () => logs.entries.filter((e) => e.level === 'warn' && e.context === 'LogBinding').map((e) => e.message);

  it('rebuilds the read models and the audit index from the new log, saying why: a new meeting is found, the old one is gone (the keys went with the old log file)', async () => {
    await run(async (t) => expect((await create(t, 'old-meeting')).statusCode).toBe(201));
    replaceLog(dir.path);

    await run(async (t) => {
      expect((await create(t, 'new-meeting')).statusCode).toBe(201);
      expect((await read(t, 'new-meeting')).statusCode).toBe(200);
      expect((await read(t, 'old-meeting')).statusCode).toBe(404);
      const audit = await t.inject({ method: 'GET', url: '/v1/audit/events', headers: bearer('auditor') });
      expect(audit.json().events.map((e: { index: number; streamId: string }) => [e.index, e.streamId])).toEqual([
        [0, 'meeting-new-meeting'],
      ]);
    });
    const discarded =
      /^(Read models|Audit index) discarded, to be rebuilt from the log: they come from log [0-9a-f-]{36}, but this log is [0-9a-f-]{36}$/;
    expect(
      bindingWarnings()
        .map((warning) => discarded.exec(warning)?.[1])
        .sort(),
    ).toEqual(['Audit index', 'Read models']);
  });

  it('does not replay an answer given on the old log: the command runs on the new one', async () => {
    const key = { 'idempotency-key': 'create-the-meeting' };
    await run(async (t) => expect((await create(t, 'the-meeting', key)).statusCode).toBe(201));
    replaceLog(dir.path);

    await run(async (t) => {
      expect((await create(t, 'the-meeting', key)).statusCode).toBe(201);
      expect(await t.eventCount()).toBe(1);
      expect((await read(t, 'the-meeting')).statusCode).toBe(200);
      const again = await create(t, 'the-meeting', key);
      expect(again.statusCode).toBe(201);
      expect(await t.eventCount()).toBe(1);
    });
  });

  it('keeps read models and answers on a restart with the same log, without a warning', async () => {
    const key = { 'idempotency-key': 'create-kept-meeting' };
    const first = await run(async (t) => (await create(t, 'kept-meeting', key)).json());

    await run(async (t) => {
      expect((await read(t, 'kept-meeting')).statusCode).toBe(200);
      expect((await create(t, 'kept-meeting', key)).json()).toEqual(first);
      expect(await t.eventCount()).toBe(1);
    });
    expect(bindingWarnings()).toEqual([]);
  });
});
