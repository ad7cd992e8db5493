import { listDecider } from '../accreditation/domain/list.decider';
import { meetingDecider } from '../accreditation/domain/meeting.decider';
import { arrangementsDecider } from '../arrangements/domain/arrangements.decider';
import { speakersDecider } from '../arrangements/domain/speakers';
import { webhookDecider } from '../deadlines/webhooks/webhook.decider';
import { Actor } from '../event-store/event-store.port';
import { CommandEnvelope, Decider, DomainEvent } from '../shared/domain/decider';

/** Any decider, as the replay drives it: commands and states are opaque to it. */
export type AnyDecider = Decider<any, DomainEvent, any>;

/** The deciders of one kind of stream, and how to turn a stored command back into the one decided. */
export interface DeciderEntry {
  /** Streams whose id starts with this belong to the decider, e.g. `list-`. */
  prefix: string;
  decider: AnyDecider;
  /**
   * Per command kind, the fields that were `Date`s when decided. `toNewEvent` stores them as ISO
   * strings in `metadata.command`; the replay turns them back into Dates before re-deciding. A path
   * is a field name, `a.b` for a field of an object, `a[].b` for a field of every item of an array.
   */
  dateFields: Readonly<Record<string, readonly string[]>>;
}

/** The command as stored in the first event of its events (see `toNewEvent` in the command executor). */
export interface StoredCommand {
  kind: string;
  [field: string]: unknown;
}

/**
 * Every command of the engine, by stream prefix. A command not listed in `dateFields` has no Date
 * field (its instants, if any, are ISO strings already, e.g. RecordReminder.deadline):
 *
 *   meeting-<meetingId>               CreateMeeting (accreditation/domain/meeting.decider.ts)
 *   list-<meetingId>.<listId>         CreateList, ProposeEntries, WithdrawEntry, SubmitBatch (deadline),
 *                                     ExtendDeadline (deadline), CloseBatch, RaiseObjection, WithdrawObjection,
 *                                     RecordGeneralAssemblyDecision, RecordReminder, TransmitList
 *                                     (accreditation/domain/list.decider.ts)
 *   arrangements-<meetingId>          SetProgramme (segments[].startsAt, segments[].endsAt), ConsultRegionalGroup,
 *                                     InviteChair, RespondToChairInvitation, RecordPanelSummary,
 *                                     IdentifyOpeningSpeaker, FinalizeArrangements, ReopenArrangements
 *                                     (arrangements/domain/arrangements.decider.ts)
 *   speakers-<meetingId>.<segmentId>  InscribeSpeaker, CloseSpeakersList (arrangements/domain/speakers.ts)
 *   member-state-<code>               RegisterWebhook (deadlines/webhooks/webhook.decider.ts)
 *
 * A new decider, or a new Date field in a command, joins here.
 */
export const ENGINE_DECIDERS: readonly DeciderEntry[] = [
  { prefix: 'meeting-', decider: meetingDecider, dateFields: {} },
  { prefix: 'list-', decider: listDecider, dateFields: { SubmitBatch: ['deadline'], ExtendDeadline: ['deadline'] } },
  { prefix: 'arrangements-', decider: arrangementsDecider, dateFields: { SetProgramme: ['segments[].startsAt', 'segments[].endsAt'] } },
  { prefix: 'speakers-', decider: speakersDecider, dateFields: {} },
  { prefix: 'member-state-', decider: webhookDecider, dateFields: {} },
];

/** Maps a stream to the decider that wrote it; the longest matching prefix wins. */
export class DeciderRegistry {
  private readonly entries: readonly DeciderEntry[];

  constructor(entries: readonly DeciderEntry[] = ENGINE_DECIDERS) {
    this.entries = [...entries].sort((a, b) => b.prefix.length - a.prefix.length);
  }

  forStream(streamId: string): DeciderEntry | undefined {
    return this.entries.find((entry) => streamId.startsWith(entry.prefix));
  }

  get prefixes(): string[] {
    return this.entries.map((entry) => entry.prefix);
  }

  /** A copy where the streams of `prefix` are decided by `decider` (e.g. a changed rule, in a test). */
  withDecider(prefix: string, decider: AnyDecider): DeciderRegistry {
    const existing = this.entries.find((entry) => entry.prefix === prefix);
    const replaced = { prefix, decider, dateFields: existing?.dateFields ?? {} };
    return new DeciderRegistry([...this.entries.filter((entry) => entry.prefix !== prefix), replaced]);
  }
}

/** The command as it was decided: the stored fields, its Dates revived, plus the actor and time from the metadata. */
export function reviveCommand(entry: DeciderEntry, stored: StoredCommand, actor: Actor, occurredAt: string): CommandEnvelope & StoredCommand {
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
    target[step] = new Date((target[step] as string | null) ?? Number.NaN);
  }
}

export function isStoredCommand(value: unknown): value is StoredCommand {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}
