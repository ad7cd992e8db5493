/**
 * Audit figures over a log of 1,000,000 events, written once (not measured) in a temporary folder:
 *
 *   rebuild.per_s        events per second of `rebuildAndCompare` over the whole log, as `npm run audit --
 *                        rebuild` runs it on the embedded store (worker threads, partitions by stream):
 *                        every projection of the engine rebuilt from zero, then every document compared with
 *                        the live store (both directions). Target >= 100,000
 *   rebuild.peak_rss_mb  the peak resident memory of the process that ran the rebuild, its worker threads
 *                        included (target < 1,024)
 *   verify.per_s         events per second of `verifyLogFile`, as `npm run audit -- verify` runs it (every
 *                        stream's hash chain recomputed in position ranges over worker threads, dense
 *                        positions and copied columns checked). Target >= 200,000
 *
 * Worker threads: AUDIT_WORKERS, else one per core (as the engine's default).
 *
 * The log is what the engine writes: the real deciders decide real commands (meetings, Member State
 * webhooks, ecosoc lists of 1,000 organizations, non-objection lists of 5,000 organizations proposed
 * 1,000 at a time, a batch, 1,500 objections from Member States, 150 of them withdrawn, two reminders, the
 * closure at the deadline), each event with the metadata the command executor gives it (the first event
 * of each command carries the command) and the hash chain. Eight lists progress side by side, so their
 * events interleave in the log as concurrent work does. It is appended with `SqliteEventStore` at
 * `sync: 'normal'`, several appends per transaction.
 *
 * The "live" projections the rebuild is compared with are built first (not measured) the engine's way, by
 * the ProjectionRunner catching up from zero, so that "matches" checks the rebuild against the engine. Each
 * measurement runs in a child process of its own (this file, forked), so that the peak memory is the
 * rebuild's alone and not that of writing the log.
 */
import { Logger } from '@nestjs/common';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { CreateList, ListCommand } from '../src/accreditation/domain/list.commands';
import { listDecider } from '../src/accreditation/domain/list.decider';
import { ListEvent, listStream, Organization } from '../src/accreditation/domain/list.events';
import { ListState } from '../src/accreditation/domain/list.state';
import { CreateMeeting, meetingDecider, MeetingState } from '../src/accreditation/domain/meeting.decider';
import { meetingStream } from '../src/accreditation/domain/meeting.events';
import { verifyLogFile } from '../src/audit/parallel-verification';
import { chain } from '../src/audit/hash-chain';
import { rebuildAndCompare } from '../src/audit/projection-rebuild';
import { RegisterWebhook, webhookDecider } from '../src/deadlines/domain/webhook.decider';
import { memberStateStream } from '../src/deadlines/domain/webhook.events';
import { Actor, NewEvent, Position } from '../src/event-store/event-store.port';
import { ProjectionRunner } from '../src/event-store/projections/projection-runner';
import { ProjectionStore } from '../src/event-store/projections/projection-store';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { CommandEnvelope, Decider, DistributiveOmit, DomainEvent } from '../src/kernel/decider';
import { MEMBER_STATES } from '../src/kernel/reference/reference-data';
import { BenchContext, Figure, inTemporaryFolder, monotonicMs, register } from './bench-registry';
import { engineProjections } from '../src/engine/manifests';
import { engineUpcasters } from '../src/engine/engine-upcasters';
import { REBUILD_CATALOGUE_MODULE } from '../src/engine/rebuild-catalogue';

/** AUDIT_BENCH_EVENTS overrides it, for a quick trial of the bench itself. */
const LOG_EVENTS = Number(process.env.AUDIT_BENCH_EVENTS) || 1_000_000;
/**
 * AUDIT_BENCH_DIR keeps the log and the live projections in that folder and reuses them on the next run
 * (writing them takes about two minutes); without it, a temporary folder is used and removed.
 */
const KEPT_FOLDER = process.env.AUDIT_BENCH_DIR;
/** Worker threads for the rebuild and the verification, as the audit CLI uses by default (AUDIT_WORKERS). */
const WORKERS = Number(process.env.AUDIT_WORKERS) || availableParallelism();
/** Non-objection lists that progress side by side. */
const WAVE = 8;
const NON_OBJECTION = { entries: 5000, objections: 1500, withdrawals: 150 };
const ECOSOC_ENTRIES = 1000;
const PROPOSE_PER_COMMAND = 1000;
/** Appends in flight before the generator waits for them (they share transactions). */
const APPENDS_IN_FLIGHT = 2000;

const PGA: Actor = { role: 'pga', subject: 'bench-pga-officer' };
const SYSTEM: Actor = { role: 'system', subject: 'deadline-scheduler' };
const STATES = MEMBER_STATES.map((state) => state.code);
const COUNTRIES = ['KEN', 'FRA', 'BRA', 'IND', 'JPN', 'NGA', 'POL', 'MEX', 'EGY', 'CAN', 'ATA', 'TWN'];
const CATEGORIES = ['ngo', 'civil-society', 'private-sector', 'media', 'academia'] as const;
const DAY = 24 * 3600 * 1000;

register(['rebuild.', 'verify.'], auditFigures);

async function* auditFigures(bench: BenchContext): AsyncIterable<Figure> {
  const wantsRebuild = bench.wants('rebuild.per_s') || bench.wants('rebuild.peak_rss_mb');
  const wantsVerify = bench.wants('verify.per_s');
  if (!wantsRebuild && !wantsVerify) return;
  yield* await inFolder(async (folder) => {
    const figures: Figure[] = [];
    const written = await ensureLog(folder, bench);
    if (wantsRebuild) {
      if (!existsSync(join(folder, 'live.db'))) {
        const live = await inChild<LiveResult>(['live', folder]);
        bench.progress(`audit: live projections built (${live.documents.toLocaleString('en')} documents) in ${live.seconds.toFixed(1)} s`);
      }
      const run = await inChild<RebuildResult>(['rebuild', folder]);
      bench.progress(
        `audit: rebuild of ${run.events.toLocaleString('en')} events in ${run.seconds.toFixed(2)} s ` +
          `(replay ${run.replaySeconds.toFixed(2)} s, last writes and comparison ${(run.seconds - run.replaySeconds).toFixed(2)} s), ` +
          `${run.documents.toLocaleString('en')} documents, matches: ${run.matches}, peak RSS ${run.peakRssMb.toFixed(0)} MB`,
      );
      if (!run.matches) throw new Error('the rebuilt projections differ from the live ones');
      // For comparison only: what reading the log alone costs (the floor of any rebuild through the port).
      const read = await inChild<ReadResult>(['read', folder]);
      bench.progress(
        `audit: reading the log alone (readAll, pages of 500): ${Math.round(read.events / read.seconds).toLocaleString('en')} events/s`,
      );
      figures.push({ name: 'rebuild.per_s', value: Math.round(run.events / run.seconds), unit: 'events/s' });
      figures.push({ name: 'rebuild.peak_rss_mb', value: Math.round(run.peakRssMb), unit: 'MB' });
    }
    if (wantsVerify) {
      const run = await inChild<VerifyResult>(['verify', folder]);
      bench.progress(
        `audit: verified ${run.events.toLocaleString('en')} events in ${run.seconds.toFixed(2)} s, ok: ${run.ok}, peak RSS ${run.peakRssMb.toFixed(0)} MB`,
      );
      if (!run.ok || run.events < written) throw new Error(`verification failed: ${JSON.stringify(run)}`);
      figures.push({ name: 'verify.per_s', value: Math.round(run.events / run.seconds), unit: 'events/s' });
    }
    return figures;
  });
}

function inFolder<T>(use: (folder: string) => Promise<T>): Promise<T> {
  if (!KEPT_FOLDER) return inTemporaryFolder(use);
  mkdirSync(KEPT_FOLDER, { recursive: true });
  return use(KEPT_FOLDER);
}

/** Writes the log unless the folder already holds one of the size asked for; returns its event count. */
async function ensureLog(folder: string, bench: BenchContext): Promise<number> {
  const marker = join(folder, 'log.json');
  if (existsSync(marker)) {
    const kept = JSON.parse(readFileSync(marker, 'utf8')) as { asked: number; written: number };
    if (kept.asked === LOG_EVENTS) {
      bench.progress(`audit: reusing the log of ${kept.written.toLocaleString('en')} events in ${folder}`);
      return kept.written;
    }
  }
  for (const file of ['events.db', 'events.db-wal', 'events.db-shm', 'live.db', 'live.db-wal', 'live.db-shm', 'log.json'])
    rmSync(join(folder, file), { force: true });
  const started = monotonicMs();
  const written = await writeLog(join(folder, 'events.db'), LOG_EVENTS, bench);
  bench.progress(`audit: ${written.toLocaleString('en')} events written in ${seconds(started)} s`);
  writeFileSync(marker, JSON.stringify({ asked: LOG_EVENTS, written }));
  return written;
}

// ---------------------------------------------------------------------------------------------
// The measurements, each in a child process (this file run with `child <what> <folder>`)

interface LiveResult {
  documents: number;
  seconds: number;
}
interface ReadResult {
  events: number;
  seconds: number;
}
interface RebuildResult {
  events: number;
  documents: number;
  matches: boolean;
  seconds: number;
  replaySeconds: number;
  peakRssMb: number;
}
interface VerifyResult {
  events: number;
  ok: boolean;
  seconds: number;
  peakRssMb: number;
}

function inChild<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    // The child's stdout goes to stderr: stdout carries only figures.
    const child = fork(__filename, ['child', ...args], { stdio: ['ignore', 2, 2, 'ipc'] });
    let result: T | undefined;
    child.on('message', (message) => (result = message as T));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && result ? resolve(result) : reject(new Error(`audit bench child ${args[0]} exited with ${code}`)),
    );
  });
}

async function child(what: string, folder: string): Promise<unknown> {
  Logger.overrideLogger(false);
  const store = new SqliteEventStore({ path: join(folder, 'events.db') });
  try {
    if (what === 'live') {
      const started = monotonicMs();
      const live = new ProjectionStore(join(folder, 'live.db'));
      try {
        const runner = new ProjectionRunner(store, live, engineUpcasters);
        for (const projection of engineProjections()) runner.register(projection);
        await runner.start();
        await runner.stop();
        let documents = 0;
        for (const projection of engineProjections()) for (const _ of live.documentTexts(projection.name)) documents += 1;
        return { documents, seconds: (monotonicMs() - started) / 1000 } satisfies LiveResult;
      } finally {
        live.close();
      }
    }
    if (what === 'read') {
      const started = monotonicMs();
      let events = 0;
      let after: Position | undefined;
      for (;;) {
        const page = await store.readAll({ fromPosition: after, maxCount: 500 });
        if (page.length === 0) break;
        events += page.length;
        after = page[page.length - 1].position;
      }
      return { events, seconds: (monotonicMs() - started) / 1000 } satisfies ReadResult;
    }
    if (what === 'rebuild') {
      const live = new ProjectionStore(join(folder, 'live.db'));
      try {
        const started = monotonicMs();
        let replayed = started;
        const report = await rebuildAndCompare(store, live, engineProjections(), {
          onProgress: (progress) => {
            if (progress.phase === 'rebuild') replayed = monotonicMs();
          },
          upcasters: engineUpcasters,
          parallel: {
            eventsPath: join(folder, 'events.db'),
            livePath: join(folder, 'live.db'),
            workers: WORKERS,
            catalogueModule: REBUILD_CATALOGUE_MODULE,
          },
        });
        const seconds = (monotonicMs() - started) / 1000;
        const documents = report.perProjection.reduce((sum, p) => sum + p.documents, 0);
        return {
          events: report.events,
          documents,
          matches: report.matches,
          seconds,
          replaySeconds: (replayed - started) / 1000,
          peakRssMb: peakRssMb(),
        } satisfies RebuildResult;
      } finally {
        live.close();
      }
    }
    if (what === 'verify') {
      const started = monotonicMs();
      const report = await verifyLogFile(join(folder, 'events.db'), { workers: WORKERS });
      return {
        events: report.eventsChecked,
        ok: report.ok,
        seconds: (monotonicMs() - started) / 1000,
        peakRssMb: peakRssMb(),
      } satisfies VerifyResult;
    }
    throw new Error(`unknown child task ${what}`);
  } finally {
    await store.close();
  }
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

// ---------------------------------------------------------------------------------------------
// Writing the log: real deciders, the executor's metadata, the hash chain

/** Decides commands on streams the way the command executor does, and appends their events. */
class LogWriter {
  private readonly states = new Map<string, unknown>();
  private readonly heads = new Map<string, { revision: number; hash: string | null }>();
  private inFlight: Array<Promise<unknown>> = [];
  private clock = Date.parse('2025-09-01T13:00:00.000Z');
  events = 0;

  constructor(private readonly store: SqliteEventStore) {}

  /** The time, moved on by a few seconds per command, so that `occurredAt` grows through the log. */
  tick(ms = 3000): Date {
    this.clock += ms;
    return new Date(this.clock);
  }

  at(instant: number): Date {
    this.clock = Math.max(this.clock, instant);
    return new Date(this.clock);
  }

  state<S>(streamId: string): S | undefined {
    return this.states.get(streamId) as S | undefined;
  }

  async decide<C extends CommandEnvelope, E extends DomainEvent, S>(streamId: string, decider: Decider<C, E, S>, command: C): Promise<E[]> {
    const before = (this.states.get(streamId) as S | undefined) ?? decider.initialState();
    const events = decider.decide(command, before);
    if (events.length === 0) return events;
    this.states.set(
      streamId,
      events.reduce((state, event) => decider.evolve(state, event), before),
    );
    const causation = randomUUID();
    const { actor: _actor, now: _now, ...decided } = command as C & Record<string, unknown>;
    const stored = JSON.parse(JSON.stringify(decided)) as unknown;
    const newEvents: NewEvent[] = events.map((event, i) => ({
      type: event.type,
      data: event.data,
      metadata: {
        correlationId: causation,
        causationId: causation,
        actor: command.actor,
        occurredAt: command.now.toISOString(),
        schemaVersion: event.schemaVersion,
        ...(i === 0 ? { command: stored } : {}),
      },
    }));
    const head = this.heads.get(streamId) ?? { revision: -1, hash: null };
    const chained = chain(streamId, newEvents, head.revision, head.hash);
    this.heads.set(streamId, { revision: head.revision + chained.length, hash: chained[chained.length - 1].metadata.hash as string });
    this.inFlight.push(this.store.append(streamId, chained, head.revision < 0 ? 'no-stream' : head.revision));
    this.events += chained.length;
    if (this.inFlight.length >= APPENDS_IN_FLIGHT) await this.flush();
    return events;
  }

  async flush(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = [];
    await Promise.all(pending);
  }
}

export async function writeLog(path: string, target: number, bench: Pick<BenchContext, 'progress'>): Promise<number> {
  const store = new SqliteEventStore({ path, sync: 'normal' });
  const log = new LogWriter(store);
  try {
    for (const [i, state] of STATES.slice(0, 40).entries()) {
      const command: RegisterWebhook = {
        kind: 'RegisterWebhook',
        url: `https://mission-${state.toLowerCase()}.example.org/un/reminders/${i}`,
        requireHttps: true,
        allowPrivate: false,
        addresses: ['93.184.215.14'],
        secretFingerprint: `sha256:${String(i).padStart(32, '0')}`,
        actor: { role: 'member-state', subject: `${state.toLowerCase()}-officer`, state },
        now: log.tick(),
      };
      await log.decide(memberStateStream(state), webhookDecider, command);
    }
    let meeting = 0;
    let listNumber = 0;
    while (log.events < target) {
      meeting += 1;
      const meetingId = `hlm-${meeting}`;
      const created: CreateMeeting = {
        kind: 'CreateMeeting',
        meetingId,
        title: `High-level meeting ${meeting}`,
        timezone: 'America/New_York',
        venue: 'General Assembly Hall',
        mandate: [`A/RES/79/${100 + meeting}`],
        policy: { objectionDisclosure: 'organizations', objectedGoToGeneralAssembly: meeting % 2 === 0 },
        actor: PGA,
        now: log.tick(),
      };
      await log.decide(meetingStream(meetingId), meetingDecider, created);
      const lists = [ecosocList(log, meetingId, `ecosoc`, (listNumber += 1))];
      for (let i = 1; i <= WAVE; i += 1) lists.push(nonObjectionList(log, meetingId, `stakeholders-${i}`, (listNumber += 1)));
      // Round-robin: one command of each list in turn.
      let active = lists;
      while (active.length > 0) {
        const next: typeof active = [];
        for (const list of active) if (!(await list.next()).done) next.push(list);
        active = next;
      }
      bench.progress(`audit: ${log.events.toLocaleString('en')} events written`);
    }
    await log.flush();
    return log.events;
  } finally {
    await store.close();
  }
}

/** A list command as the list command handler makes it: the fields, the list's address, the actor and the time. */
function listCommandsOf(meetingId: string, listId: string) {
  return (fields: DistributiveOmit<ListCommand, 'actor' | 'now' | 'meetingId' | 'listId'>, actor: Actor, now: Date): ListCommand => ({
    ...fields,
    meetingId,
    listId,
    actor,
    now,
  });
}

async function createList(log: LogWriter, meetingId: string, listId: string, listKind: CreateList['listKind']): Promise<void> {
  const meeting = log.state<MeetingState>(meetingStream(meetingId)) ?? { exists: false };
  const command: CreateList = {
    kind: 'CreateList',
    meetingId,
    listId,
    listKind,
    title: `List ${listId}`,
    meeting,
    actor: PGA,
    now: log.tick(),
  };
  await log.decide(listStream(meetingId, listId), listDecider, command);
}

async function* ecosocList(log: LogWriter, meetingId: string, listId: string, seed: number): AsyncGenerator<void> {
  const stream = listStream(meetingId, listId);
  const command = listCommandsOf(meetingId, listId);
  await createList(log, meetingId, listId, 'ecosoc');
  yield;
  for (let from = 0; from < ECOSOC_ENTRIES; from += PROPOSE_PER_COMMAND) {
    const organizations = organizationsFor(seed, from, Math.min(PROPOSE_PER_COMMAND, ECOSOC_ENTRIES - from), true);
    const entryIds = organizations.map(() => randomUUID());
    await log.decide(stream, listDecider, command({ kind: 'ProposeEntries', organizations, entryIds }, PGA, log.tick()));
    yield;
  }
}

async function* nonObjectionList(log: LogWriter, meetingId: string, listId: string, seed: number): AsyncGenerator<void> {
  const stream = listStream(meetingId, listId);
  const command = listCommandsOf(meetingId, listId);
  const decide = (c: ListCommand) => log.decide<ListCommand, ListEvent, ListState>(stream, listDecider, c);
  await createList(log, meetingId, listId, 'non-objection');
  yield;
  const entryIds: string[] = [];
  for (let from = 0; from < NON_OBJECTION.entries; from += PROPOSE_PER_COMMAND) {
    const organizations = organizationsFor(seed, from, PROPOSE_PER_COMMAND, false);
    const ids = organizations.map(() => randomUUID());
    entryIds.push(...ids);
    await decide(command({ kind: 'ProposeEntries', organizations, entryIds: ids }, PGA, log.tick()));
    yield;
  }
  const submittedAt = log.tick().getTime();
  const deadline = new Date(submittedAt + 10 * DAY);
  await decide(command({ kind: 'SubmitBatch', deadline }, PGA, new Date(submittedAt)));
  yield;
  for (let i = 0; i < NON_OBJECTION.objections; i += 1) {
    const state = STATES[(i * 7 + seed) % STATES.length];
    const actor: Actor = { role: 'member-state', subject: `${state.toLowerCase()}-officer`, state };
    const onBehalfOf = i % 5 === 0 ? [STATES[(i * 7 + seed + 1) % STATES.length]] : undefined;
    const reason = i % 3 === 0 ? `Concerns about the activities of this organization (${i}).` : undefined;
    await decide(command({ kind: 'RaiseObjection', entryId: entryIds[i], reason, onBehalfOf }, actor, log.tick(20)));
    if (i < NON_OBJECTION.withdrawals) await decide(command({ kind: 'WithdrawObjection', entryId: entryIds[i] }, actor, log.tick(20)));
    if (i % 100 === 99) yield;
  }
  if (seed % 3 === 0) {
    await decide(command({ kind: 'ExtendDeadline', batch: 1, deadline: new Date(deadline.getTime() + DAY) }, PGA, log.tick()));
    yield;
  }
  const current = log.state<ListState>(stream)!.batches.get(1)!.deadline;
  for (const before of ['PT72H', 'PT24H']) {
    const due = Date.parse(current) - (before === 'PT72H' ? 3 : 1) * DAY;
    await decide(command({ kind: 'RecordReminder', batch: 1, deadline: current, before }, SYSTEM, log.at(due)));
  }
  yield;
  await decide(command({ kind: 'CloseBatch', batch: 1 }, SYSTEM, log.at(Date.parse(current))));
  yield;
}

function organizationsFor(seed: number, from: number, count: number, ecosoc: boolean): Organization[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const organization: Organization = {
      name: `${ecosoc ? 'Consultative' : 'Civil society'} organization ${seed}-${n} for sustainable development and human rights`,
      country: COUNTRIES[(n + seed) % COUNTRIES.length],
      category: CATEGORIES[n % CATEGORIES.length],
      website: `https://org-${seed}-${n}.example.org`,
      contactEmail: `contact@org-${seed}-${n}.example.org`,
    };
    return ecosoc ? { ...organization, ecosocStatus: (['general', 'special', 'roster'] as const)[n % 3] } : organization;
  });
}

const seconds = (since: number) => ((monotonicMs() - since) / 1000).toFixed(1);

if (require.main === module && process.argv[2] === 'child') {
  child(process.argv[3], process.argv[4]).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
