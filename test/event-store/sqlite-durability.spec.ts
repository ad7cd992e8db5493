import { jest } from '@jest/globals';
import Database from 'better-sqlite3';
import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import { StoredEvent } from '../../src/event-store/event-store.port';
import { SqliteEventStore } from '../../src/event-store/sqlite/sqlite-event-store';
import { newEvent, uniqueStream } from '../support/events';
import { temporaryDirectory } from '../support/temporary-directory';
import type { RaceSummary } from './fixtures/append-worker';

const REGISTER = resolve('test/support/ts-register.js');
const WORKER = resolve('test/event-store/fixtures/append-worker.ts');
const BIG_BATCH_SIZE = 50; // as in the worker

describe('embedded SQLite store, seen from processes', () => {
  let dir: { path: string; remove(): void };
  let workers: Worker[];
  const dbPath = () => join(dir.path, 'events.db');

  beforeEach(() => {
    dir = temporaryDirectory();
    workers = [];
  });

  afterEach(async () => {
    await Promise.all(workers.map((worker) => worker.kill()));
    dir.remove();
  });

  function startWorker(...args: string[]): Worker {
    return startWorkerOn(dbPath(), ...args);
  }
  function startWorkerOn(path: string, ...args: string[]): Worker {
    const worker = new Worker([path, ...args]);
    workers.push(worker);
    return worker;
  }

  it('kill -9: every acknowledged append survives, revisions stay contiguous, the file stays sound', async () => {
    const stream = 'ticks';
    const worker = startWorker('ack-loop', stream);
    await worker.waitForLines((lines) => acks(lines).size >= 200);
    await worker.kill();

    const acknowledged = acks(worker.lines);
    const events = await readStream(dbPath(), stream);
    expect(events.map((e) => e.revision)).toEqual(range(events.length));
    // At most the one append in flight at the kill may be stored without having been acknowledged.
    expect([acknowledged.size, acknowledged.size + 1]).toContain(events.length);
    for (const [seq, position] of acknowledged) {
      expect(events[seq]).toMatchObject({ revision: seq, position, data: { seq } });
    }
    expect(integrityCheck(dbPath())).toBe('ok');
  });

  it('a killed append leaves nothing half-written', async () => {
    const stream = 'batches';
    const worker = startWorker('big-batches', stream);
    await worker.waitForLines((lines) => acks(lines).size >= 20);
    await worker.kill();

    const acknowledged = acks(worker.lines).size;
    const events = await readStream(dbPath(), stream);
    expect(events.length % BIG_BATCH_SIZE).toBe(0);
    expect([acknowledged, acknowledged + 1]).toContain(events.length / BIG_BATCH_SIZE);
    expect(events.map((e) => e.revision)).toEqual(range(events.length));
    events.forEach((e) => expect(e.data).toMatchObject({ batch: Math.floor(e.revision / BIG_BATCH_SIZE), i: e.revision % BIG_BATCH_SIZE }));
    expect(integrityCheck(dbPath())).toBe('ok');
  });

  it('processes opening one new file at the same instant all open it (switching it to WAL at once)', async () => {
    const rounds = 40;
    const path = join(dir.path, 'opened-at-once');
    const openers = Array.from({ length: 4 }, () => startWorkerOn(path, 'open', String(rounds)));
    for (let round = 0; round < rounds; round += 1) {
      await Promise.all(openers.map((opener) => opener.waitForLines((lines) => lines.includes(`READY ${round}`))));
      openers.forEach((opener) => opener.send('GO'));
    }
    await Promise.all(openers.map((opener) => opener.waitForLines((lines) => lines.includes(`OPENED ${rounds - 1}`))));
    expect(withConnection(`${path}-0`, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  it('two processes racing on one stream of one file: one winner per revision, losers get ConcurrencyError', async () => {
    const stream = 'contested';
    const rounds = 300;
    const racers = [startWorker('race', stream, String(rounds), 'a'), startWorker('race', stream, String(rounds), 'b')];
    await Promise.all(racers.map((racer) => racer.waitForLines((lines) => lines.includes('READY'))));
    racers.forEach((racer) => racer.send('GO'));
    const summaries = await Promise.all(racers.map((racer) => racer.result<RaceSummary>()));

    const events = await readStream(dbPath(), stream);
    const wins = summaries.reduce((sum, s) => sum + s.wins, 0);
    expect(events.map((e) => e.revision)).toEqual(range(wins));
    for (const summary of summaries) {
      expect(summary.otherErrors).toEqual([]);
      expect(summary.wins + summary.conflicts).toBe(rounds);
      expect(events.filter((e) => (e.data as { worker: string }).worker === summary.worker)).toHaveLength(summary.wins);
    }
    // Without a single conflict the two processes never overlapped and this test proved nothing.
    expect(summaries.reduce((sum, s) => sum + s.conflicts, 0)).toBeGreaterThan(0);
    expect(integrityCheck(dbPath())).toBe('ok');
  });

  it('durability setting: synchronous FULL by default, NORMAL on request, WAL either way; folders are created', async () => {
    const fullPath = join(dir.path, 'not', 'yet', 'there', 'full.db');
    const normalPath = join(dir.path, 'also-missing', 'normal.db');
    expect(existsSync(join(dir.path, 'not'))).toBe(false);

    const full = new SqliteEventStore({ path: fullPath });
    const normal = new SqliteEventStore({ path: normalPath, sync: 'normal' });
    try {
      expect(existsSync(fullPath)).toBe(true);
      expect(existsSync(normalPath)).toBe(true);
      expect(connectionOf(full).pragma('synchronous', { simple: true })).toBe(2);
      expect(connectionOf(normal).pragma('synchronous', { simple: true })).toBe(1);
      expect(connectionOf(full).pragma('journal_mode', { simple: true })).toBe('wal');
      expect(connectionOf(normal).pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      await Promise.all([full.close(), normal.close()]);
    }
    // WAL is a property of the file: a fresh connection sees it too.
    expect(withConnection(fullPath, (db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  it('group commit: appends issued in one tick settle individually and share one transaction', async () => {
    const store = new SqliteEventStore({ path: dbPath() });
    try {
      const contested = uniqueStream('contested');
      const existing = newEvent();
      await store.append(contested, [existing], 'no-stream');
      const internals = store as unknown as { flush(): void; pending: unknown[] };
      const flush = jest.spyOn(internals, 'flush');

      const streams = Array.from({ length: 100 }, () => uniqueStream('group'));
      const independent = streams.map((stream) => store.append(stream, [newEvent()], 'no-stream'));
      const conflicting = Array.from({ length: 5 }, () => store.append(contested, [newEvent()], 0));
      const broken = uniqueStream('broken');
      const duplicateId = store.append(broken, [newEvent(), newEvent(), { ...newEvent(), eventId: existing.eventId }], 'no-stream');
      expect(internals.pending).toHaveLength(106);

      const [stored, contests, [duplicate]] = await Promise.all([independent, conflicting, [duplicateId]].map(settle));
      await nextTurnOfTheEventLoop(); // any flush scheduled after the first one would have run by now

      expect(flush).toHaveBeenCalledTimes(1);
      expect(stored.every((o) => o.status === 'fulfilled')).toBe(true);
      for (const stream of streams) expect(await store.readStream(stream)).toHaveLength(1);

      // Queued in order, so the first one queued wins and each other one fails on its own.
      expect(contests[0]).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 1 } });
      for (const outcome of contests.slice(1)) {
        expect(outcome.status).toBe('rejected');
        expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
        expect((outcome as PromiseRejectedResult).reason).toMatchObject({ expected: 0, actual: 1 });
      }
      expect(await store.readStream(contested)).toHaveLength(2);

      // A failure other than the revision check (a duplicate event id) takes back that append only.
      expect(duplicate.status).toBe('rejected');
      expect((duplicate as PromiseRejectedResult).reason).not.toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(broken)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** A child process running the append worker, with its stdout split into lines. */
class Worker {
  readonly lines: string[] = [];
  private stderr = '';
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly closed: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly listeners = new Set<() => void>();

  constructor(args: string[]) {
    this.child = spawn(process.execPath, ['-r', REGISTER, WORKER, ...args], { stdio: 'pipe' });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      this.lines.push(line);
      this.listeners.forEach((listener) => listener());
    });
    // 'close' comes after the process exited and its output was read to the end.
    this.closed = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
    void this.closed.then(() => this.listeners.forEach((listener) => listener()));
  }

  /** Resolves once the lines read so far satisfy `enough`; rejects if the process ends first. */
  waitForLines(enough: (lines: string[]) => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (enough(this.lines)) {
          this.listeners.delete(check);
          resolve();
        } else if (this.child.exitCode !== null || this.child.signalCode !== null) {
          this.listeners.delete(check);
          reject(new Error(`worker ended before the expected output; stderr:\n${this.stderr}`));
        }
      };
      this.listeners.add(check);
      check();
    });
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  /** Waits for a clean exit and parses the last line of output as JSON. */
  async result<T>(): Promise<T> {
    const { code, signal } = await this.closed;
    if (code !== 0) throw new Error(`worker exited with ${code ?? signal}; stderr:\n${this.stderr}`);
    return JSON.parse(this.lines[this.lines.length - 1]) as T;
  }

  /** SIGKILL unless already gone; resolves once every line it wrote has been read. */
  async kill(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.closed;
  }
}

/** `ACK <seq> <position>` lines as seq → position. */
function acks(lines: string[]): Map<number, string> {
  const result = new Map<number, string>();
  for (const line of lines) {
    const match = /^ACK (\d+) (\d+)$/.exec(line);
    if (match) result.set(Number(match[1]), match[2]);
  }
  return result;
}

async function readStream(path: string, stream: string): Promise<StoredEvent[]> {
  const store = new SqliteEventStore({ path });
  try {
    return await store.readStream(stream);
  } finally {
    await store.close();
  }
}

function integrityCheck(path: string): unknown {
  return withConnection(path, (db) => db.pragma('integrity_check', { simple: true }));
}

function withConnection<T>(path: string, use: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** The store's own connection: synchronous is a per-connection setting. */
function connectionOf(store: SqliteEventStore): Database.Database {
  return (store as unknown as { db: Database.Database }).db;
}

function settle<T>(promises: Array<Promise<T>>): Promise<Array<PromiseSettledResult<T>>> {
  return Promise.allSettled(promises);
}

function nextTurnOfTheEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function range(length: number): number[] {
  return Array.from({ length }, (_, i) => i);
}
