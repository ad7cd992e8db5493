/** The list decider's specs share these: a list's address, people, times, histories, and builders of events and commands. */
import {
  CloseBatch,
  CreateList,
  ExtendDeadline,
  ListCommand,
  ProposeEntries,
  RaiseObjection,
  RecordGeneralAssemblyDecision,
  SubmitBatch,
  TransmitList,
  WithdrawEntry,
  WithdrawObjection,
} from '../../src/accreditation/domain/list.commands';
import { listDecider, ListState } from '../../src/accreditation/domain/list.decider';
import {
  BatchClosed,
  BatchDeadlineExtended,
  BatchSubmitted,
  EntryApproved,
  EntryObjected,
  EntryProposed,
  EntryWithdrawn,
  GeneralAssemblyDecision,
  GeneralAssemblyDecisionRecorded,
  ListCreated,
  ListEvent,
  ListKind,
  ListTransmitted,
  ObjectionRaised,
  ObjectionWithdrawn,
  Organization,
} from '../../src/accreditation/domain/list.events';
import { DEFAULT_POLICY, MeetingPolicy } from '../../src/accreditation/domain/meeting.events';
import { Actor } from '../../src/event-store/event-store.port';
import { DomainError } from '../../src/kernel/domain-error';

export const ADDRESS = { meetingId: 'trafficking-2013', listId: 'ngo-list' };

// ---- time and people ----

export const T0 = new Date('2013-03-01T15:00:00Z');
/** The deadline of batch 1 as the PGA gives it (New York time) and as the engine stores it (UTC). */
export const DEADLINE_INPUT = new Date('2013-03-15T18:00:00-04:00');
export const DEADLINE = '2013-03-15T22:00:00.000Z';
export const BEFORE_DEADLINE = new Date('2013-03-10T12:00:00Z');
export const AT_DEADLINE = new Date(DEADLINE);
export const AFTER_DEADLINE = new Date('2013-03-16T09:00:00Z');
export const LATER_DEADLINE = '2013-03-22T22:00:00.000Z';

export const pga: Actor = { role: 'pga', subject: 'pga-office' };
export const system: Actor = { role: 'system', subject: 'deadline-scheduler' };
export const auditor: Actor = { role: 'auditor', subject: 'oios-auditor' };
export const holySee: Actor = { role: 'observer', subject: 'vat-mission', state: 'VAT' };
export const france: Actor = { role: 'member-state', subject: 'fra-mission', state: 'FRA' };
export const germany: Actor = { role: 'member-state', subject: 'deu-mission', state: 'DEU' };
export const cuba: Actor = { role: 'member-state', subject: 'cub-mission', state: 'CUB' };

export const E1 = '00000000-0000-4000-8000-000000000001';
export const E2 = '00000000-0000-4000-8000-000000000002';
export const E3 = '00000000-0000-4000-8000-000000000003';
export const E4 = '00000000-0000-4000-8000-000000000004';

export const ORG_A = org('La Strada International', 'NLD');
export const ORG_B = org('Polaris Project', 'USA');
export const ORG_C = org('Walk Free Foundation', 'AUS');

// ---- histories ----

export const nonObjectionList = (): ListEvent[] => [listCreated()];
export const twoProposed = (): ListEvent[] => [...nonObjectionList(), proposed(E1, ORG_A), proposed(E2, ORG_B)];
export const batchOpen = (): ListEvent[] => [...twoProposed(), batchSubmitted(1, DEADLINE, [E1, E2])];
/** E1 approved without objection, E2 objected by France. */
export const batchDone = (policy: Partial<MeetingPolicy> = {}): ListEvent[] => [
  listCreated('non-objection', policy),
  proposed(E1, ORG_A),
  proposed(E2, ORG_B),
  batchSubmitted(1, DEADLINE, [E1, E2]),
  objectionRaised(E2, 'FRA'),
  approved(E1, 'no-objection'),
  entryObjected(E2, ['FRA']),
  batchClosed(1, { approved: 1, objected: 1 }),
];
export const transmittedList = (): ListEvent[] => [...batchDone(), listTransmitted(1)];

// ---- helpers ----

export function fold(events: ListEvent[]): ListState {
  return events.reduce((folded, event) => listDecider.evolve(folded, event), listDecider.initialState());
}

export function decideOn(events: ListEvent[], command: ListCommand): ListEvent[] {
  return listDecider.decide(command, fold(events));
}

export function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected the command to be refused');
}

/** One of every command but CreateList, on entry E1 / batch 1, by the actor each normally needs. */
export function commandsOnEntry1(): ListCommand[] {
  return [
    propose([ORG_C], { entryIds: [E3] }),
    withdrawEntry(E1),
    submitBatch(new Date(LATER_DEADLINE)),
    extend(1, new Date(LATER_DEADLINE)),
    closeBatch(1),
    raise(E1),
    withdrawObjection(E1),
    recordDecision(E1, 'approve'),
    transmit(),
  ];
}

// ---- builders: organizations ----

export function org(name: string, country: string, overrides: Partial<Organization> = {}): Organization {
  return { name, country, category: 'ngo', ...overrides };
}

// ---- builders: events ----

export function listCreated(kind: ListKind = 'non-objection', policy: Partial<MeetingPolicy> = {}): ListCreated {
  return {
    type: 'ListCreated',
    schemaVersion: 1,
    data: {
      meetingId: 'trafficking-2013',
      listId: 'ngo-list',
      kind,
      title: 'Non-governmental organizations',
      policy: { ...DEFAULT_POLICY, ...policy },
    },
  };
}

export function proposed(entryId: string, organization: Organization): EntryProposed {
  return { type: 'EntryProposed', schemaVersion: 1, data: { entryId, organization } };
}

export function approved(entryId: string, basis: EntryApproved['data']['basis']): EntryApproved {
  return { type: 'EntryApproved', schemaVersion: 1, data: { entryId, basis } };
}

export function entryWithdrawn(entryId: string): EntryWithdrawn {
  return { type: 'EntryWithdrawn', schemaVersion: 1, data: { entryId } };
}

export function batchSubmitted(batch: number, deadline: string, entryIds: string[]): BatchSubmitted {
  return { type: 'BatchSubmitted', schemaVersion: 1, data: { batch, deadline, entryIds } };
}

export function deadlineExtended(batch: number, previousDeadline: string, deadline: string): BatchDeadlineExtended {
  return { type: 'BatchDeadlineExtended', schemaVersion: 1, data: { batch, previousDeadline, deadline } };
}

export function objectionRaised(
  entryId: string,
  state: string,
  extra: { batch?: number; onBehalfOf?: string[]; reason?: string } = {},
): ObjectionRaised {
  const { batch = 1, onBehalfOf = [], reason } = extra;
  return {
    type: 'ObjectionRaised',
    schemaVersion: 1,
    data: { entryId, batch, state, onBehalfOf, ...(reason !== undefined ? { reason } : {}) },
  };
}

export function objectionWithdrawn(entryId: string, state: string, batch = 1): ObjectionWithdrawn {
  return { type: 'ObjectionWithdrawn', schemaVersion: 1, data: { entryId, batch, state } };
}

export function entryObjected(entryId: string, states: string[], batch = 1): EntryObjected {
  return { type: 'EntryObjected', schemaVersion: 1, data: { entryId, batch, states } };
}

export function batchClosed(
  batch: number,
  counts: { approved: number; objected: number; closedAt?: string; deadline?: string },
): BatchClosed {
  const { approved: approvedCount, objected, closedAt = AFTER_DEADLINE.toISOString(), deadline = DEADLINE } = counts;
  return { type: 'BatchClosed', schemaVersion: 1, data: { batch, deadline, closedAt, approved: approvedCount, objected } };
}

export function gaDecision(entryId: string, decision: GeneralAssemblyDecision, reference = 'A/67/L.70'): GeneralAssemblyDecisionRecorded {
  return { type: 'GeneralAssemblyDecisionRecorded', schemaVersion: 1, data: { entryId, decision, reference } };
}

export function listTransmitted(entries: number, transmittedAt = AFTER_DEADLINE.toISOString()): ListTransmitted {
  return { type: 'ListTransmitted', schemaVersion: 1, data: { transmittedAt, entries } };
}

// ---- builders: commands ----

export function createList(overrides: Partial<CreateList> = {}): CreateList {
  return {
    kind: 'CreateList',
    meetingId: 'trafficking-2013',
    listId: 'ngo-list',
    listKind: 'non-objection',
    title: 'Non-governmental organizations',
    meeting: { exists: true, policy: DEFAULT_POLICY },
    actor: pga,
    now: T0,
    ...overrides,
  };
}

export function propose(organizations: Organization[], overrides: Partial<ProposeEntries> = {}): ProposeEntries {
  const ids = [E1, E2, E3, E4];
  return {
    ...ADDRESS,
    kind: 'ProposeEntries',
    organizations,
    entryIds: organizations.map((_, i) => ids[i] ?? `id-${i}`),
    actor: pga,
    now: T0,
    ...overrides,
  };
}

export function withdrawEntry(entryId: string, overrides: Partial<WithdrawEntry> = {}): WithdrawEntry {
  return { ...ADDRESS, kind: 'WithdrawEntry', entryId, actor: pga, now: T0, ...overrides };
}

export function submitBatch(deadline: Date, overrides: Partial<SubmitBatch> = {}): SubmitBatch {
  return { ...ADDRESS, kind: 'SubmitBatch', deadline, actor: pga, now: T0, ...overrides };
}

export function extend(batch: number, deadline: Date, overrides: Partial<ExtendDeadline> = {}): ExtendDeadline {
  return { ...ADDRESS, kind: 'ExtendDeadline', batch, deadline, actor: pga, now: BEFORE_DEADLINE, ...overrides };
}

export function closeBatch(batch: number, overrides: Partial<CloseBatch> = {}): CloseBatch {
  return { ...ADDRESS, kind: 'CloseBatch', batch, actor: pga, now: AFTER_DEADLINE, ...overrides };
}

export function raise(entryId: string, overrides: Partial<RaiseObjection> = {}): RaiseObjection {
  return { ...ADDRESS, kind: 'RaiseObjection', entryId, actor: france, now: BEFORE_DEADLINE, ...overrides };
}

export function withdrawObjection(entryId: string, overrides: Partial<WithdrawObjection> = {}): WithdrawObjection {
  return { ...ADDRESS, kind: 'WithdrawObjection', entryId, actor: france, now: BEFORE_DEADLINE, ...overrides };
}

export function recordDecision(
  entryId: string,
  decision: GeneralAssemblyDecision,
  overrides: Partial<RecordGeneralAssemblyDecision> = {},
): RecordGeneralAssemblyDecision {
  return {
    ...ADDRESS,
    kind: 'RecordGeneralAssemblyDecision',
    entryId,
    decision,
    reference: 'A/67/L.70',
    actor: pga,
    now: AFTER_DEADLINE,
    ...overrides,
  };
}

export function transmit(overrides: Partial<TransmitList> = {}): TransmitList {
  return { ...ADDRESS, kind: 'TransmitList', actor: pga, now: T0, ...overrides };
}
