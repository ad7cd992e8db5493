import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { AuditIo, main, USAGE } from '../../scripts/audit';
import { ProgressBar } from '../../scripts/audit-progress';
import { expectCompiled } from '../support/compiled';
import { startTestApp } from '../support/test-app';
import { temporaryDirectory } from '../support/temporary-directory';
import { ALLOW_LOCAL_WEBHOOKS, HISTORY_START, recordHistory } from './replay-history';

/** Captures what the CLI writes; stderr is a terminal or not. */
function capture(env: Record<string, string>, isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: AuditIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text), isTTY },
    env: { ...env, LOG_LEVEL: 'silent' },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), summary: () => JSON.parse(out.join('')) };
}

describe('npm run audit -- <command>', () => {
  const dir = temporaryDirectory();
  const env = { EVENTSTORE_SQLITE_PATH: `${dir.path}/events.db`, PROJECTIONS_SQLITE_PATH: `${dir.path}/projections.db` };
  let events: number;

  beforeAll(async () => {
    const t = await startTestApp({ dataDir: dir.path, now: HISTORY_START, env: ALLOW_LOCAL_WEBHOOKS });
    try {
      await recordHistory(t);
      events = await t.eventCount();
    } finally {
      await t.close();
    }
  });
  afterAll(() => dir.remove());

  /** Runs `change` on the event store's file, and undoes it afterwards. */
  async function withTamperedEvents<T>(change: string, undo: string, run: () => Promise<T>): Promise<T> {
    const db = new Database(env.EVENTSTORE_SQLITE_PATH);
    db.exec(change);
    try {
      return await run();
    } finally {
      db.exec(undo);
      db.close();
    }
  }

  it('answers bad usage with the usage text and exit code 2', async () => {
    for (const argv of [
      [],
      ['frobnicate'],
      ['export'],
      ['export', '--out'],
      ['verify', '--fast'],
      ['verify', '--in'],
      ['rebuild', 'extra'],
    ]) {
      const cli = capture(env);
      expect(await main(argv, cli.io)).toBe(2);
      expect(cli.stderr()).toContain(USAGE);
      expect(cli.stdout()).toBe('');
    }
    const help = capture(env);
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.stdout()).toBe(USAGE);
  });

  it('refuses a configuration it cannot use (2) and a store that is not there (1)', async () => {
    const bad = capture({ ...env, EVENTSTORE_SQLITE_SYNC: 'sometimes' });
    expect(await main(['verify'], bad.io)).toBe(2);
    expect(bad.stderr()).toContain('EVENTSTORE_SQLITE_SYNC');
    const missing = capture({ ...env, EVENTSTORE_SQLITE_PATH: `${dir.path}/nowhere/events.db` });
    expect(await main(['verify'], missing.io)).toBe(1);
    expect(missing.stderr()).toContain('no event store');
    expect(existsSync(`${dir.path}/nowhere`)).toBe(false);
    const noExport = capture(env);
    expect(await main(['verify', '--in', `${dir.path}/nowhere.ndjson`], noExport.io)).toBe(1);
    expect(noExport.stderr()).toContain('There is no file at');
    const noProjections = capture({ ...env, PROJECTIONS_SQLITE_PATH: `${dir.path}/nowhere/projections.db` });
    expect(await main(['rebuild'], noProjections.io)).toBe(1);
  });

  it('export writes the whole log as NDJSON', async () => {
    const out = `${dir.path}/history.ndjson`;
    const cli = capture(env);
    expect(await main(['export', '--out', out], cli.io)).toBe(0);
    expect(cli.summary()).toEqual({ command: 'export', ok: true, out, events });
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(events);
    expect(lines[0]).toEqual(
      expect.objectContaining({ position: '1', type: 'MeetingCreated', metadata: expect.objectContaining({ hash: expect.any(String) }) }),
    );
    expect(cli.stderr()).toMatch(/export \[#+\] 100% [\d,]+\/[\d,]+ events/);
  });

  it('verify: 0 when every chain holds, 1 with the first broken event when one was changed', async () => {
    const ok = capture(env);
    expect(await main(['verify'], ok.io)).toBe(0);
    expect(ok.summary()).toEqual({ command: 'verify', ok: true, eventsChecked: events });

    const broken = capture(env);
    const code = await withTamperedEvents(
      "UPDATE events SET data = json_set(data, '$.title', 'Forged') WHERE position = 1",
      "UPDATE events SET data = json_set(data, '$.title', 'Trafficking in persons') WHERE position = 1",
      () => main(['verify'], broken.io),
    );
    expect(code).toBe(1);
    expect(broken.summary()).toEqual(
      expect.objectContaining({
        command: 'verify',
        ok: false,
        firstBroken: expect.objectContaining({ position: '1', streamId: 'meeting-trafficking-2013', revision: 0 }),
      }),
    );
  });

  it('rebuild: 0 when the projections match, 1 with the differences when they do not; never appends', async () => {
    const ok = capture(env);
    expect(await main(['rebuild'], ok.io)).toBe(0);
    expect(ok.summary()).toEqual(expect.objectContaining({ command: 'rebuild', events, matches: true, uncovered: [] }));

    const db = new Database(env.PROJECTIONS_SQLITE_PATH);
    const key = 'meeting/trafficking-2013';
    const original = db.prepare("SELECT document FROM documents WHERE projection = 'meetings' AND key = ?").pluck().get(key) as string;
    db.prepare("UPDATE documents SET document = json_set(document, '$.title', 'Forged') WHERE projection = 'meetings' AND key = ?").run(
      key,
    );
    try {
      const differs = capture(env);
      expect(await main(['rebuild'], differs.io)).toBe(1);
      const meetings = differs.summary().perProjection.find((p: { name: string }) => p.name === 'meetings');
      expect(meetings).toEqual(expect.objectContaining({ matches: false, differenceCount: 1 }));
      expect(meetings.differences[0]).toEqual({
        key,
        position: expect.stringMatching(/^\d+$/),
        live: expect.objectContaining({ title: 'Forged' }),
        rebuilt: JSON.parse(original),
      });
    } finally {
      db.prepare("UPDATE documents SET document = ? WHERE projection = 'meetings' AND key = ?").run(original, key);
      db.close();
    }
    const count = new Database(env.EVENTSTORE_SQLITE_PATH, { readonly: true });
    expect(count.prepare('SELECT count(*) FROM events').pluck().get()).toBe(events);
    count.close();
  });

  it('replay: 0 when the current rules produce the stored events, 1 with the event when they do not', async () => {
    const ok = capture(env);
    expect(await main(['replay'], ok.io)).toBe(0);
    expect(ok.summary()).toEqual(expect.objectContaining({ command: 'replay', ok: true, mismatchCount: 0, events }));
    expect(ok.summary().commandsReplayed).toBeGreaterThan(10);

    // A stored event that the rules would not have produced: the replay names it.
    const bad = capture(env);
    const code = await withTamperedEvents(
      "UPDATE events SET data = json_set(data, '$.reason', 'Another reason') WHERE type = 'ObjectionRaised' AND json_extract(data, '$.state') = 'KEN'",
      "UPDATE events SET data = json_set(data, '$.reason', 'Not independent of a government.') WHERE type = 'ObjectionRaised' AND json_extract(data, '$.state') = 'KEN'",
      () => main(['replay'], bad.io),
    );
    expect(code).toBe(1);
    // The tampered reason is also the general basis later made known from it: that answer no longer replays either.
    expect(bad.summary().mismatches).toEqual([
      expect.objectContaining({ command: 'RaiseObjection', streamId: 'list-trafficking-2013.other-ngos' }),
      expect.objectContaining({ command: 'MakeObjectionBasisKnown', streamId: 'list-trafficking-2013.other-ngos' }),
    ]);
  });

  it('draws the bar in place on a terminal (cli-progress), its last drawing left on a line of its own', async () => {
    const cli = capture(env, true);
    expect(await main(['verify'], cli.io)).toBe(0);
    const toFirstColumn = '\u001b[1G';
    const drawings = cli.stderr().split(toFirstColumn).slice(1);
    expect(drawings.length).toBeGreaterThan(1);
    expect(drawings.every((drawing) => drawing.startsWith('verify ['))).toBe(true);
    expect(drawings.at(-1)).toMatch(/^verify \[#{30}\] 100% (\d+)\/\1 events/);
    expect(cli.stderr()).not.toContain('\n\u001b');
    expect(cli.stderr().endsWith('\n')).toBe(true);
  });
});

describe('the progress bar', () => {
  const bar = (total?: number) => {
    let now = 0;
    const lines: string[] = [];
    const io: AuditIo = {
      stdout: { write: () => true },
      stderr: { write: (t: string) => lines.push(t), isTTY: false },
      env: {},
      clock: () => now,
    };
    return { progress: new ProgressBar(io, 'rebuild', 'events', total), at: (ms: number) => (now = ms), lines };
  };

  it('shows the share done, the counts and the rate', () => {
    const { progress, at } = bar(1_000_000);
    at(3714);
    progress.update(520_000);
    expect(progress.line()).toBe('rebuild [################--------------]  52% 520,000/1,000,000 events 140k/s');
  });

  it('shows counts and rate alone when the total is unknown, and plain lines at most every two seconds', () => {
    const { progress, at, lines } = bar();
    at(1000);
    progress.update(1000);
    at(1500);
    progress.update(2000);
    at(3500);
    progress.update(5000);
    progress.finish();
    expect(lines).toEqual(['rebuild 1,000 events 1.0k/s\n', 'rebuild 5,000 events 1.4k/s\n', 'rebuild 5,000 events 1.4k/s\n']);
  });
});

/** The script as `npm run audit` runs it, when it has been built (`npm test` builds it first). */
const SCRIPT = 'dist/scripts/audit.js';
describe('the compiled script', () => {
  const dir = temporaryDirectory();
  beforeAll(() => expectCompiled(SCRIPT));
  afterAll(() => dir.remove());

  it('prints the usage and exits 2 without a command, and audits an empty store', async () => {
    const run = (args: string[], env: Record<string, string> = {}) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const { NODE_OPTIONS: _jestOnly, ...inherited } = process.env;
        const child = spawn(process.execPath, [SCRIPT, ...args], { env: { ...inherited, LOG_LEVEL: 'silent', ...env } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('exit', (code) => resolve({ code, stdout, stderr }));
      });
    const usage = await run([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run audit -- <command>');

    const path = `${dir.path}/events.db`;
    new Database(path)
      .exec(
        'CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL UNIQUE, stream_id TEXT NOT NULL, revision INTEGER NOT NULL, type TEXT NOT NULL, data TEXT NOT NULL, metadata TEXT NOT NULL, recorded_at TEXT NOT NULL, UNIQUE (stream_id, revision))',
      )
      .close();
    const verified = await run(['verify'], { EVENTSTORE_SQLITE_PATH: path, EVENTSTORE_CONNECTION_STRING: '' });
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toEqual({ command: 'verify', ok: true, eventsChecked: 0 });
  });
});
