import { DecisionTable, DomainEvent, eventBuilder, EventTable, versionsOf } from '../../kernel/decider';
import { fail } from '../../kernel/domain-error';
import { requireRole } from '../../kernel/require-role';
import { requireSafeText } from '../../kernel/safe-text';
import { describeEntry, existingEntry, ListCommandBase, openList } from './list.guards';
import { ECOSOC_STATUSES, ListKind, ListState, Organization, organizationKey, withEntry } from './list.state';
import { DEFAULT_POLICY, MeetingPolicy } from './meeting.events';
import { organizationTextAndCountryProblems, withNormalizedName } from './organization-text';

/**
 * Paragraphs 8 and 9: the PGA creates a meeting's list and proposes organizations for it; on an ecosoc
 * list an entry is approved on inclusion. A proposed entry may be withdrawn until it is decided.
 */

export const MAX_ENTRIES_PER_REQUEST = 1000;

/** The meeting as the list commands need it; the handler reads it from the meeting's stream. */
export interface MeetingFacts {
  exists: boolean;
  policy?: MeetingPolicy;
}

export interface CreateList extends ListCommandBase {
  kind: 'CreateList';
  listKind: ListKind;
  title: string;
  meeting: MeetingFacts;
}

/** One or many organizations; `entryIds` are made by the handler (UUIDs), one per organization. */
export interface ProposeEntries extends ListCommandBase {
  kind: 'ProposeEntries';
  organizations: Organization[];
  entryIds: string[];
}

export interface WithdrawEntry extends ListCommandBase {
  kind: 'WithdrawEntry';
  entryId: string;
}

export type ListEntriesCommand = CreateList | ProposeEntries | WithdrawEntry;

/** Paragraph 8 (ecosoc) or paragraph 9 (non-objection) list of one meeting. The meeting's policy is copied in. */
export type ListCreated = DomainEvent<
  'ListCreated',
  { meetingId: string; listId: string; kind: ListKind; title: string; policy: MeetingPolicy }
>;
export type EntryProposed = DomainEvent<'EntryProposed', { entryId: string; organization: Organization }>;
/** On an ecosoc list an entry is approved on inclusion; on a non-objection list when its batch closes unopposed. */
export type EntryApproved = DomainEvent<'EntryApproved', { entryId: string; basis: 'ecosoc-consultative-status' | 'no-objection' }>;
export type EntryWithdrawn = DomainEvent<'EntryWithdrawn', { entryId: string }>;

export type ListEntriesEvent = ListCreated | EntryProposed | EntryApproved | EntryWithdrawn;

export const listEntriesEvents: EventTable<ListEntriesEvent, ListState> = {
  ListCreated: {
    version: 1,
    evolve: (state, { data: { meetingId, listId, kind, title, policy } }) => ({
      ...state,
      exists: true,
      meetingId,
      listId,
      kind,
      title,
      policy,
    }),
  },
  EntryProposed: {
    version: 1,
    evolve: (state, { data: { entryId, organization } }) => {
      const key = organizationKey(organization);
      return {
        ...state,
        entries: state.entries.set(entryId, { id: entryId, organization, organizationKey: key, status: 'proposed' }),
        organizationKeys: state.organizationKeys.set(key, entryId),
      };
    },
  },
  EntryApproved: { version: 1, evolve: (state, { data }) => withEntry(state, data.entryId, (entry) => ({ ...entry, status: 'approved' })) },
  EntryWithdrawn: { version: 1, evolve: (state, { data }) => withdrawn(state, data.entryId) },
};

/** The entry is withdrawn and its organization may be proposed again. */
function withdrawn(state: ListState, entryId: string): ListState {
  const entry = state.entries.get(entryId);
  if (!entry) return state;
  const keys = state.organizationKeys;
  return {
    ...withEntry(state, entry.id, (current) => ({ ...current, status: 'withdrawn' })),
    organizationKeys: keys.get(entry.organizationKey) === entry.id ? keys.delete(entry.organizationKey) : keys,
  };
}

/** The builder of this topic's events; the batches' closure approves entries with it too. */
export const listEntriesEvent = eventBuilder<ListEntriesEvent>(versionsOf(listEntriesEvents));
const event = listEntriesEvent;

export const listEntriesDecisions: DecisionTable<ListEntriesCommand, ListEntriesEvent, ListState> = {
  CreateList: createList,
  ProposeEntries: proposeEntries,
  WithdrawEntry: withdrawEntry,
};

function createList(command: CreateList, state: ListState): ListEntriesEvent[] {
  requireRole(command.actor, 'pga', 'create a stakeholder list');
  const { meetingId, listId, listKind, title, meeting } = command;
  requireSafeText({ title });
  if (!meeting.exists) fail('NOT_FOUND', `There is no meeting "${meetingId}"; create the meeting before its lists.`);
  if (state.exists) fail('ALREADY_EXISTS', `A list with id "${listId}" already exists on meeting "${meetingId}"; choose another id.`);
  return [event('ListCreated', { meetingId, listId, kind: listKind, title, policy: meeting.policy ?? DEFAULT_POLICY })];
}

function proposeEntries(command: ProposeEntries, state: ListState): ListEntriesEvent[] {
  requireRole(command.actor, 'pga', 'propose organizations for a list');
  openList(state, command);
  const { organizations, entryIds } = command;
  if (organizations.length < 1 || organizations.length > MAX_ENTRIES_PER_REQUEST) {
    const count = organizations.length;
    fail('VALIDATION_FAILED', `Propose between 1 and ${MAX_ENTRIES_PER_REQUEST} organizations at a time; this request has ${count}.`);
  }
  const takenId = entryIds.find((entryId, row) => state.entries.has(entryId) || entryIds.indexOf(entryId) !== row);
  if (entryIds.length !== organizations.length || takenId !== undefined) {
    throw new Error(`ProposeEntries needs one fresh entry id per organization (${entryIds.length} ids for ${organizations.length}).`);
  }
  const ecosoc = state.kind === 'ecosoc';
  const invalid = organizations.flatMap((organization, row) => [
    ...organizationProblems(organization, row, ecosoc),
    ...organizationTextAndCountryProblems(organization, row),
  ]);
  if (invalid.length) {
    const message = `${describeRows(invalid)} of the request ${verb(invalid, 'is', 'are')} not valid: ${summarize(invalid)}.`;
    fail('VALIDATION_FAILED', message, invalid);
  }
  const duplicates = duplicateRows(organizations, state);
  if (duplicates.length) {
    const message =
      `${describeRows(duplicates)} of the request ${verb(duplicates, 'names', 'name')} an organization already on list "${state.listId}" ` +
      `or earlier in the request (same name and country); remove ${verb(duplicates, 'it', 'them')}: ${summarize(duplicates)}.`;
    fail('ALREADY_EXISTS', message, duplicates);
  }
  return organizations.flatMap((organization, row): ListEntriesEvent[] => {
    const entryId = entryIds[row];
    const proposed = event('EntryProposed', { entryId, organization: withNormalizedName(organization) });
    return ecosoc ? [proposed, event('EntryApproved', { entryId, basis: 'ecosoc-consultative-status' })] : [proposed];
  });
}

function withdrawEntry(command: WithdrawEntry, state: ListState): ListEntriesEvent[] {
  requireRole(command.actor, 'pga', 'withdraw an entry');
  openList(state, command);
  const entry = existingEntry(state, command.entryId);
  if (entry.status !== 'proposed' && entry.status !== 'under-consideration') {
    fail(
      'INVALID_STATE',
      `${describeEntry(entry, true)} is ${entry.status}; only a proposed or under-consideration entry can be withdrawn.`,
    );
  }
  return [event('EntryWithdrawn', { entryId: entry.id })];
}

// ---- the rows of a bulk proposal ----

/** One offending row of a bulk request (row = index in the request), shaped like the edge's validation details. */
export interface RowProblem {
  row: number;
  field: string;
  problems: string[];
}

function organizationProblems(organization: Organization, row: number, ecosoc: boolean): RowProblem[] {
  const problems: RowProblem[] = [];
  if (!organization.name?.trim()) problems.push({ row, field: 'name', problems: ['the name is blank'] });
  if (!organization.country?.trim()) problems.push({ row, field: 'country', problems: ['the country is missing'] });
  if (ecosoc && !organization.ecosocStatus) {
    problems.push({ row, field: 'ecosocStatus', problems: ['an ecosoc list needs the consultative status (general, special or roster)'] });
  } else if (organization.ecosocStatus !== undefined && !ECOSOC_STATUSES.includes(organization.ecosocStatus)) {
    problems.push({ row, field: 'ecosocStatus', problems: [`"${organization.ecosocStatus}" is not general, special or roster`] });
  }
  return problems;
}

/** Rows naming an organization already on the list (withdrawn entries aside) or named by an earlier row. */
function duplicateRows(organizations: Organization[], state: ListState): RowProblem[] {
  const seen = new Map<string, number>();
  const problems: RowProblem[] = [];
  organizations.forEach((organization, row) => {
    const key = organizationKey(organization);
    const existing = state.organizationKeys.get(key);
    const earlierRow = seen.get(key);
    const who = `"${organization.name}" (${organization.country})`;
    if (existing !== undefined) problems.push({ row, field: 'name', problems: [`${who} is already on the list as entry ${existing}`] });
    else if (earlierRow !== undefined)
      problems.push({ row, field: 'name', problems: [`${who} repeats row ${earlierRow} of this request`] });
    else seen.set(key, row);
  });
  return problems;
}

function rows(problems: RowProblem[]): number[] {
  return [...new Set(problems.map((problem) => problem.row))];
}

function verb(problems: RowProblem[], one: string, many: string): string {
  return rows(problems).length === 1 ? one : many;
}

function describeRows(problems: RowProblem[]): string {
  const offending = rows(problems);
  return offending.length === 1 ? `Row ${offending[0]}` : `Rows ${offending.join(', ')}`;
}

function summarize(problems: RowProblem[]): string {
  const shown = problems.slice(0, 5).map((problem) => `row ${problem.row} ${problem.field}: ${problem.problems.join('; ')}`);
  return problems.length > 5 ? `${shown.join('; ')}; and ${problems.length - 5} more (see details)` : shown.join('; ');
}
