import { isDeepStrictEqual } from 'node:util';
import { toDomainEvent } from '../event-store/commands/command-executor';
import { EventStore, Position, StoredEvent } from '../event-store/event-store.port';
import { DomainEvent } from '../kernel/decider';
import { UpcasterRegistry } from '../event-store/upcasting/upcaster-registry';
import { DeciderEntry, DeciderRegistry, isStoredCommand, reviveCommand, StoredCommand } from './decider-registry';

export interface ReplayProgress {
  /** Events read so far in this phase. */
  done: number;
  /** Every event of the log (unknown during the first phase). */
  total?: number;
  phase: 'scan' | 'replay';
}

export interface ReplayOptions {
  onProgress?: (progress: ReplayProgress) => void;
  /** Mismatches kept in the report (all are counted). Default 100. */
  maxMismatches?: number;
  /** Events per read. Default 5,000. */
  pageSize?: number;
}

/** An event as the comparison sees it: type and data (at its current schema version). */
export interface ReplayedEvent {
  type: string;
  data: unknown;
  position?: Position;
  revision?: number;
}

export interface DecisionError {
  error: { name: string; code?: string; message: string };
}

export interface ReplayMismatch {
  streamId: string;
  /** The first stored event the current rules would not have produced (the command's first event when they refuse it). */
  position: Position;
  revision: number;
  eventId: string;
  /** The command's kind, e.g. RaiseObjection. */
  command: string;
  causationId: string;
  /** What the log holds for the command. */
  expected: ReplayedEvent[];
  /** What the current rules decide on the same state: events, or the error they raise. */
  produced: ReplayedEvent[] | DecisionError;
}

export interface ReplayReport {
  ok: boolean;
  events: number;
  streams: number;
  commandsReplayed: number;
  /** Events of known streams that no stored command accounts for (history older than `metadata.command`). */
  skipped: number;
  /** Events of streams no decider is registered for. */
  unknownStreamEvents: number;
  mismatchCount: number;
  mismatches: ReplayMismatch[];
}

const PAGE = 5000;

/** A command's events as stored, with the state the stream had before them. */
interface Group {
  command: StoredCommand;
  events: StoredEvent[];
  stateBefore: unknown;
}

/**
 * Re-runs every recorded decision: for each stream a decider is registered for, the events before
 * each command are folded, the command (from the `metadata.command` of its first event, with the
 * actor and `occurredAt` as `now`) is decided again, and the events it produces are compared (type
 * and data) with the events stored for it. Events of one command follow each other and share its
 * causation id. Reads only: nothing is appended, no handler or side effect runs.
 *
 * Two passes keep memory to one stream's state: the log is scanned for its streams, then each
 * stream is read and replayed on its own, in the order streams first appear.
 */
export async function replayDecisions(store: EventStore, registry: DeciderRegistry, options: ReplayOptions = {}): Promise<ReplayReport> {
  const pageSize = options.pageSize ?? PAGE;
  const report: ReplayReport = {
    ok: true,
    events: 0,
    streams: 0,
    commandsReplayed: 0,
    skipped: 0,
    unknownStreamEvents: 0,
    mismatchCount: 0,
    mismatches: [],
  };

  const streams = new Map<string, number>();
  let after: Position | undefined;
  for (;;) {
    const page = await store.readAll({ fromPosition: after, maxCount: pageSize });
    if (page.length === 0) break;
    for (const event of page) streams.set(event.streamId, (streams.get(event.streamId) ?? 0) + 1);
    report.events += page.length;
    after = page[page.length - 1].position;
    options.onProgress?.({ done: report.events, phase: 'scan' });
  }

  const replay = new StreamReplay(report, options.maxMismatches ?? 100, registry.upcasters);
  let done = 0;
  for (const [streamId, count] of streams) {
    const entry = registry.forStream(streamId);
    if (!entry) {
      report.unknownStreamEvents += count;
      done += count;
      continue;
    }
    report.streams += 1;
    replay.begin(streamId, entry);
    for (let revision = 0; ;) {
      const page = await store.readStream(streamId, { fromRevision: revision, maxCount: pageSize });
      for (const event of page) replay.take(event);
      done += page.length;
      options.onProgress?.({ done, total: report.events, phase: 'replay' });
      if (page.length < pageSize) break;
      revision = page[page.length - 1].revision + 1;
    }
    replay.end();
  }
  report.ok = report.mismatchCount === 0;
  return report;
}

/** Replays one stream at a time, event by event. */
class StreamReplay {
  private streamId = '';
  private entry!: DeciderEntry;
  private state: unknown;
  private group?: Group;

  constructor(
    private readonly report: ReplayReport,
    private readonly maxMismatches: number,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  begin(streamId: string, entry: DeciderEntry): void {
    this.streamId = streamId;
    this.entry = entry;
    this.state = entry.decider.initialState();
    this.group = undefined;
  }

  take(event: StoredEvent): void {
    const command = event.metadata.command;
    if (isStoredCommand(command)) {
      this.closeGroup();
      this.group = { command, events: [event], stateBefore: this.state };
    } else if (this.group && event.metadata.causationId === this.group.events[0].metadata.causationId) {
      this.group.events.push(event);
    } else {
      this.closeGroup();
      this.report.skipped += 1;
    }
    // The stream's state follows the log (the truth), whatever the current rules decide.
    this.state = this.entry.decider.evolve(this.state, toDomainEvent(event, this.upcasters));
  }

  end(): void {
    this.closeGroup();
  }

  private closeGroup(): void {
    const group = this.group;
    if (!group) return;
    this.group = undefined;
    this.report.commandsReplayed += 1;
    const first = group.events[0];
    const expected = group.events.map((stored) => storedView(stored, this.upcasters));
    let produced: ReplayedEvent[] | DecisionError;
    let differsAt: number;
    try {
      const command = reviveCommand(this.entry, group.command, first.metadata.actor, first.metadata.occurredAt);
      produced = this.entry.decider.decide(command, group.stateBefore).map(producedView);
      differsAt = firstDifference(expected, produced);
      if (differsAt < 0) return;
    } catch (error) {
      produced = { error: describeError(error) };
      differsAt = 0;
    }
    this.report.mismatchCount += 1;
    if (this.report.mismatches.length >= this.maxMismatches) return;
    const at = group.events[Math.min(differsAt, group.events.length - 1)];
    this.report.mismatches.push({
      streamId: this.streamId,
      position: at.position,
      revision: at.revision,
      eventId: at.eventId,
      command: group.command.kind,
      causationId: first.metadata.causationId,
      expected,
      produced,
    });
  }
}

function storedView(stored: StoredEvent, upcasters: UpcasterRegistry): ReplayedEvent {
  const event = toDomainEvent(stored, upcasters);
  return { type: event.type, data: event.data, position: stored.position, revision: stored.revision };
}

/** As it would have been stored: through JSON (undefined fields dropped, Dates as ISO strings). */
function producedView(event: DomainEvent): ReplayedEvent {
  return { type: event.type, data: event.data === undefined ? undefined : JSON.parse(JSON.stringify(event.data)) };
}

/** Index of the first event that differs in type or data; -1 when both lists are the same. */
function firstDifference(expected: ReplayedEvent[], produced: ReplayedEvent[]): number {
  const length = Math.max(expected.length, produced.length);
  for (let i = 0; i < length; i += 1) {
    const a = expected[i];
    const b = produced[i];
    if (!a || !b || a.type !== b.type || !isDeepStrictEqual(a.data, b.data)) return i;
  }
  return -1;
}

function describeError(error: unknown): DecisionError['error'] {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, ...(typeof code === 'string' ? { code } : {}), message: error.message };
}
