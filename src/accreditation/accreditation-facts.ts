import { CommandExecutor } from '../event-store/commands/command-executor';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { listDecider } from './domain/list.decider';
import { ListKind, listStream, Organization } from './domain/list.events';
import { EntryStatus, withoutPersonalData } from './domain/list.state';
import { meetingDecider } from './domain/meeting.decider';
import { meetingStream } from './domain/meeting.events';
import {
  EntryDocument,
  entryKey,
  EventCause,
  openBatchKey,
  ListDocument,
  listKey,
  LISTS_PROJECTION,
  listsPrefix,
  OPEN_BATCHES_PREFIX,
  OpenBatchDocument,
} from './projections/lists.projection';

/** Where an entry named by id (without its list) stands. */
export interface EntryFacts {
  listId: string;
  listKind: ListKind;
  status: EntryStatus;
  organization: string;
}

/** A batch as its stream says now. */
export interface BatchFacts {
  status: 'open' | 'closed' | 'cancelled';
  deadline: string;
}

/** An open batch as the views show it, with the reminder lead times of its meeting's policy. */
export interface OpenBatchFacts {
  deadline: string;
  reminders: readonly string[];
  /** The event that set the current deadline; absent for a batch the views recorded before they kept it. */
  deadlineSetBy?: EventCause;
}

/**
 * What other capabilities may know of meetings and stakeholder lists. Facts a decision depends on are
 * read from the streams now (the views may lag a write); those that only plan work come from the views.
 */
export class AccreditationFacts {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly documents: ProjectionStore,
  ) {}

  async meetingExists(meetingId: string): Promise<boolean> {
    return (await this.executor.read(meetingStream(meetingId), meetingDecider)).exists;
  }

  /** The lists' view says which list of the meeting holds the entry; the list's own stream says what it is. */
  async entry(meetingId: string, entryId: string): Promise<EntryFacts | undefined> {
    const lists = this.documents.list<ListDocument>(LISTS_PROJECTION, listsPrefix(meetingId));
    const holder = lists.find((list) => this.documents.get<EntryDocument>(LISTS_PROJECTION, entryKey(meetingId, list.id, entryId)));
    if (!holder) return undefined;
    const list = await this.executor.read(listStream(meetingId, holder.id), listDecider);
    const entry = list.entries.get(entryId);
    if (!entry || !list.kind) return undefined;
    return { listId: holder.id, listKind: list.kind, status: entry.status, organization: entry.organization.name };
  }

  async batch(meetingId: string, listId: string, batch: number): Promise<BatchFacts | undefined> {
    const found = (await this.executor.read(listStream(meetingId, listId), listDecider)).batches.get(batch);
    return found && { status: found.status, deadline: found.deadline };
  }

  /** The entries of the batch still under consideration, as its stream says now. */
  async entriesUnderConsideration(
    meetingId: string,
    listId: string,
    batch: number,
  ): Promise<Array<{ id: string; organization: Organization }>> {
    const list = await this.executor.read(listStream(meetingId, listId), listDecider);
    return [...list.entries.values()]
      .filter((entry) => entry.batch === batch && entry.status === 'under-consideration')
      .map(({ id, organization }) => ({ id, organization: withoutPersonalData(organization) }));
  }

  openBatch(meetingId: string, listId: string, batchNumber: number): OpenBatchFacts | undefined {
    const list = this.documents.get<ListDocument>(LISTS_PROJECTION, listKey(meetingId, listId));
    const batch = list?.batches.find((b) => b.number === batchNumber);
    if (!list || !batch || batch.status !== 'open') return undefined;
    const open = this.documents.get<OpenBatchDocument>(LISTS_PROJECTION, openBatchKey(meetingId, listId, batchNumber));
    return { deadline: batch.deadline, reminders: list.policy.reminders ?? [], deadlineSetBy: open?.deadlineSetBy };
  }

  openBatches(): OpenBatchDocument[] {
    return this.documents.list<OpenBatchDocument>(LISTS_PROJECTION, OPEN_BATCHES_PREFIX);
  }
}
