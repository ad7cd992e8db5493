/**
 * The audit bench's log: a meeting's lists written by the real deciders with the executor's metadata and the
 * hash chain, as the engine would write them, up to the size asked for.
 */
import { randomUUID } from 'node:crypto';
import { CreateList, ListCommand } from '../src/accreditation/domain/list.commands';
import { listDecider } from '../src/accreditation/domain/list.decider';
import { ListEvent, listStream, Organization } from '../src/accreditation/domain/list.events';
import { ListState } from '../src/accreditation/domain/list.state';
import { CreateMeeting, meetingDecider, MeetingState } from '../src/accreditation/domain/meeting.decider';
import { meetingStream } from '../src/accreditation/domain/meeting.events';
import { chain } from '../src/audit/hash-chain';
import { RegisterWebhook, webhookDecider } from '../src/deadlines/domain/webhook.decider';
import { memberStateStream } from '../src/deadlines/domain/webhook.events';
import { Actor, NewEvent } from '../src/event-store/event-store.port';
import { SqliteEventStore } from '../src/event-store/sqlite/sqlite-event-store';
import { CommandEnvelope, Decider, DistributiveOmit, DomainEvent } from '../src/kernel/decider';
import { MEMBER_STATES } from '../src/kernel/reference/reference-data';
import { BenchContext, monotonicMs } from './bench-registry';

/** Non-objection lists that progress side by side. */
export const WAVE = 8;
export const NON_OBJECTION = { entries: 5000, objections: 1500, withdrawals: 150 };
export const ECOSOC_ENTRIES = 1000;
export const PROPOSE_PER_COMMAND = 1000;
/** Appends in flight before the generator waits for them (they share transactions). */
export const APPENDS_IN_FLIGHT = 2000;

export const PGA: Actor = { role: 'pga', subject: 'bench-pga-officer' };
export const SYSTEM: Actor = { role: 'system', subject: 'deadline-scheduler' };
export const STATES = MEMBER_STATES.map((state) => state.code);
export const COUNTRIES = ['KEN', 'FRA', 'BRA', 'IND', 'JPN', 'NGA', 'POL', 'MEX', 'EGY', 'CAN', 'ATA', 'TWN'];
export const CATEGORIES = ['ngo', 'civil-society', 'private-sector', 'media', 'academia'] as const;
export const DAY = 24 * 3600 * 1000;
// Writing the log: real deciders, the executor's metadata, the hash chain

/** Decides commands on streams the way the command executor does, and appends their events. */
export class LogWriter {
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
export function listCommandsOf(meetingId: string, listId: string) {
  return (fields: DistributiveOmit<ListCommand, 'actor' | 'now' | 'meetingId' | 'listId'>, actor: Actor, now: Date): ListCommand => ({
    ...fields,
    meetingId,
    listId,
    actor,
    now,
  });
}

export async function createList(log: LogWriter, meetingId: string, listId: string, listKind: CreateList['listKind']): Promise<void> {
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

export function organizationsFor(seed: number, from: number, count: number, ecosoc: boolean): Organization[] {
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

export const seconds = (since: number) => ((monotonicMs() - since) / 1000).toFixed(1);
