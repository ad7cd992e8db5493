import { Actor } from '../kernel/events';
import { CommandEnvelope } from '../kernel/decider';
import { AnyDecider, StreamKind } from '../kernel/manifest';
import { UpcasterRegistry } from '../event-store/upcasting/upcaster-registry';

export type { AnyDecider } from '../kernel/manifest';

/** The deciders of one kind of stream, and how to turn a stored command back into the one decided. */
export type DeciderEntry = StreamKind;

/** The command as stored in the first event of its events (see `toNewEvent` in the command executor). */
export interface StoredCommand {
  kind: string;
  [field: string]: unknown;
}

/** Maps a stream to the decider that wrote it; the longest matching prefix wins. */
export class DeciderRegistry {
  private readonly entries: readonly DeciderEntry[];

  constructor(
    entries: readonly DeciderEntry[],
    /** Brings stored events to the version the deciders read. */
    readonly upcasters: UpcasterRegistry,
  ) {
    this.entries = [...entries].sort((a, b) => b.prefix.length - a.prefix.length);
  }

  forStream(streamId: string): DeciderEntry | undefined {
    return this.entries.find((entry) => streamId.startsWith(entry.prefix));
  }

  /** The meeting whose stream this is, as its kind of stream says; undefined for no meeting's. */
  meetingOf(streamId: string): string | undefined {
    return this.forStream(streamId)?.meetingOf?.(streamId);
  }

  get prefixes(): string[] {
    return this.entries.map((entry) => entry.prefix);
  }

  /** A copy where the streams of `prefix` are decided by `decider` (e.g. a changed rule, in a test). */
  withDecider(prefix: string, decider: AnyDecider): DeciderRegistry {
    const existing = this.entries.find((entry) => entry.prefix === prefix);
    const replaced = { ...existing, prefix, decider, events: existing?.events ?? {}, dateFields: existing?.dateFields ?? {} };
    return new DeciderRegistry([...this.entries.filter((entry) => entry.prefix !== prefix), replaced], this.upcasters);
  }
}

/** The command as it was decided: the stored fields, its Dates revived, plus the actor and time from the metadata. */
export function reviveCommand(
  entry: DeciderEntry,
  stored: StoredCommand,
  actor: Actor,
  occurredAt: string,
): CommandEnvelope & StoredCommand {
  const command = structuredClone(stored) as CommandEnvelope & StoredCommand;
  for (const path of entry.dateFields[stored.kind] ?? []) reviveDates(command, path.split('.'));
  command.actor = actor;
  command.now = new Date(occurredAt);
  return command;
}

/** Turns the ISO strings at `path` (field names; `name[]` for every item of an array) into Dates, in place. */
function reviveDates(holder: unknown, path: string[]): void {
  if (typeof holder !== 'object' || holder === null || path.length === 0) return;
  const [step, ...rest] = path;
  const target = holder as Record<string, unknown>;
  if (step.endsWith('[]')) {
    const items = target[step.slice(0, -2)];
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      if (rest.length > 0) reviveDates(item, rest);
      else if (typeof item === 'string') items[i] = new Date(item);
    });
  } else if (rest.length > 0) {
    reviveDates(target[step], rest);
  } else if (typeof target[step] === 'string' || target[step] === null) {
    target[step] = new Date(target[step] ?? Number.NaN);
  }
}

export function isStoredCommand(value: unknown): value is StoredCommand {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}
