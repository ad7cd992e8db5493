import { StoredEvent } from '../kernel/events';
import { changesOf, LiveChange, LiveMapping } from '../kernel/live-views';
import { ListEvent, LIST_STREAM_PREFIX } from './domain/list.events';
import { MeetingEvent } from './domain/meeting.events';

type Data<T extends (ListEvent | MeetingEvent)['type']> = Extract<ListEvent | MeetingEvent, { type: T }>['data'];
const dataOf = <T extends (ListEvent | MeetingEvent)['type']>(event: StoredEvent) => event.data as Data<T>;

/** `list-<meetingId>.<listId>`: meeting ids are slugs, so the first dot ends the meeting's. */
function listOf(event: StoredEvent): { meetingId: string; listId: string } {
  const id = event.streamId.slice(LIST_STREAM_PREFIX.length);
  const dot = id.indexOf('.');
  return { meetingId: id.slice(0, dot), listId: id.slice(dot + 1) };
}

/** A change every reader of the list (and of the Member States' pending batches, for a batch's changes) sees. */
const everyone =
  (...views: Parameters<typeof changesOf>[0]): LiveMapping =>
  (event) =>
    changesOf(views, listOf(event));

/** An objection's change: only the pga, the auditor, the objecting State and the States it objected on behalf of see it. */
function objectionChange(event: StoredEvent, states: readonly string[]): LiveChange[] {
  return changesOf(['list', 'pending'], listOf(event), { states: [...new Set(states)] });
}

/** The States a withdrawn objection was raised on behalf of: its ObjectionRaised, the last one by that State. */
async function onBehalfOfWithdrawn(event: StoredEvent, earlier: Parameters<LiveMapping>[1]): Promise<string[]> {
  const { entryId, state } = dataOf<'ObjectionWithdrawn'>(event);
  const raised = (await earlier.ofStream())
    .filter((e) => e.type === 'ObjectionRaised')
    .map((e) => e.data as Data<'ObjectionRaised'>)
    .filter((data) => data.entryId === entryId && data.state === state);
  return raised.at(-1)?.onBehalfOf ?? []; // an older ObjectionRaised may name none
}

/**
 * What each event of a meeting and its lists changes. Objections and basis requests travel only to those
 * whose reading of the list shows them (contract, "Who sees objections in the list view"); the rest changes
 * what every reader sees.
 */
export const ACCREDITATION_LIVE_VIEWS: Record<(ListEvent | MeetingEvent)['type'], LiveMapping> = {
  MeetingCreated: (event) => changesOf(['meetings', 'meeting'], { meetingId: dataOf<'MeetingCreated'>(event).meetingId }),
  ListCreated: everyone('lists', 'list'),
  EntryProposed: everyone('list'),
  EntryApproved: everyone('list'),
  EntryWithdrawn: everyone('list', 'pending'),
  BatchSubmitted: everyone('lists', 'list', 'pending'),
  BatchDeadlineExtended: everyone('lists', 'list', 'pending'),
  DeadlineReminderIssued: () => [],
  EntryObjected: everyone('list'),
  BatchClosed: everyone('lists', 'list', 'pending'),
  BatchCancelled: everyone('lists', 'list', 'pending'),
  GeneralAssemblyDecisionRecorded: everyone('list'),
  ListTransmitted: everyone('lists', 'list'),
  ObjectionRaised: (event) => {
    const { state, onBehalfOf } = dataOf<'ObjectionRaised'>(event);
    return objectionChange(event, [state, ...(onBehalfOf ?? [])]);
  },
  ObjectionWithdrawn: async (event, earlier) =>
    objectionChange(event, [dataOf<'ObjectionWithdrawn'>(event).state, ...(await onBehalfOfWithdrawn(event, earlier))]),
  ObjectionDisowned: (event) => {
    const { state, disownedBy } = dataOf<'ObjectionDisowned'>(event);
    return objectionChange(event, [state, disownedBy]);
  },
  // The list shows basis requests to the pga and the auditor only; the requester reads its own requests.
  ObjectionBasisRequested: (event) => basisChange(event, dataOf<'ObjectionBasisRequested'>(event).state),
  ObjectionBasisMadeKnown: (event) => basisChange(event, dataOf<'ObjectionBasisMadeKnown'>(event).state),
};

function basisChange(event: StoredEvent, requester: string): LiveChange[] {
  return [...changesOf(['list'], listOf(event), { states: [] }), ...changesOf(['basis-requests'], listOf(event), { states: [requester] })];
}
