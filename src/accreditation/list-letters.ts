import { EventStore, StoredEvent } from '../event-store/event-store.port';
import { ProjectionStore } from '../event-store/projections/projection-store';
import { Actor } from '../kernel/events';
import { ApiError } from '../platform/http/api-error';
import { ListKind, listStream } from './domain/list.events';
import { MeetingPolicy } from './domain/meeting.events';
import { ListReader } from './projections/list.reader';
import { EntryView } from './projections/list.view';
import { EntryDocument, entryKey, LISTS_PROJECTION } from './projections/lists.projection';
import { MeetingReader } from './projections/meeting.reader';

/** The meeting a letter speaks of. */
export interface LetterMeeting {
  id: string;
  title: string;
  timezone: string;
  venue?: string;
  /** Resolution symbols, such as A/RES/67/190. */
  mandate: string[];
  policy: MeetingPolicy;
}

export interface LetterList {
  id: string;
  kind: ListKind;
  title: string;
}

/** What the batch letter shows: the batch as submitted, with its deadline as it stands. */
export interface BatchLetterFacts {
  meeting: LetterMeeting;
  list: LetterList;
  batch: { number: number; deadline: string; status: 'open' | 'closed' | 'cancelled'; submittedAt: string };
  organizations: Array<{ name: string; country: string }>;
  /** The global position of the last event that shaped the letter (its submission or latest extension). */
  position: string;
}

/** What the transmittal letter shows: every entry submitted or included, as the disclosure policy lets anyone see it. */
export interface TransmittalLetterFacts {
  meeting: LetterMeeting;
  list: LetterList;
  transmittedAt: string;
  entries: EntryView[];
  /** The global position of the list's transmittal. */
  position: string;
}

/** What anyone may see once a batch has closed: the list view as the disclosure policy shows it to an observer. */
const THE_PUBLIC: Actor = { role: 'observer', subject: 'letter' };

/** The facts the PGA's letters on a list rest on: the views, and the list's own stream for when things happened. */
export class ListLetters {
  constructor(
    private readonly store: EventStore,
    private readonly documents: ProjectionStore,
  ) {}

  async batchLetter(meetingId: string, listId: string, batchNumber: number): Promise<BatchLetterFacts> {
    const { meeting, list } = this.meetingAndList(meetingId, listId);
    const events = await this.store.readStream(listStream(meetingId, listId));
    const submitted = events.find((e) => e.type === 'BatchSubmitted' && batchOf(e) === batchNumber);
    const batch = list.batches.find((b) => b.number === batchNumber);
    if (!submitted || !batch) throw new ApiError('NOT_FOUND', `List "${listId}" has no batch ${batchNumber}.`);
    const shaping = events.filter((e) => batchOf(e) === batchNumber && SHAPES_BATCH_LETTER.has(e.type)).pop() ?? submitted;
    const entryIds = (submitted.data as { entryIds: string[] }).entryIds;
    return {
      meeting,
      list: { id: list.id, kind: list.kind, title: list.title },
      batch: { number: batchNumber, deadline: batch.deadline, status: batch.status, submittedAt: submitted.metadata.occurredAt },
      organizations: entryIds.map((id) => this.organization(meetingId, listId, id)),
      position: shaping.position,
    };
  }

  async transmittalLetter(meetingId: string, listId: string): Promise<TransmittalLetterFacts> {
    const { meeting, list } = this.meetingAndList(meetingId, listId);
    const events = await this.store.readStream(listStream(meetingId, listId), { direction: 'backwards' });
    const transmitted = events.find((e) => e.type === 'ListTransmitted');
    if (!transmitted || !list.transmittedAt) {
      throw new ApiError(
        'INVALID_STATE',
        `List "${listId}" has not been transmitted to the General Assembly yet: its transmittal letter exists once the PGA transmits it.`,
      );
    }
    return {
      meeting,
      list: { id: list.id, kind: list.kind, title: list.title },
      transmittedAt: list.transmittedAt,
      entries: list.entries.filter((entry) => entry.status !== 'withdrawn' && entry.status !== 'proposed'),
      position: transmitted.position,
    };
  }

  private meetingAndList(meetingId: string, listId: string) {
    const view = new MeetingReader(this.documents).meeting(meetingId);
    if (!view) throw new ApiError('NOT_FOUND', `There is no meeting "${meetingId}".`);
    const list = new ListReader(this.documents).list(meetingId, listId, THE_PUBLIC);
    const { id, title, timezone, venue, mandate, policy } = view;
    return { meeting: { id, title, timezone, ...(venue ? { venue } : {}), mandate: mandate ?? [], policy }, list };
  }

  private organization(meetingId: string, listId: string, entryId: string): { name: string; country: string } {
    const entry = this.documents.get<EntryDocument>(LISTS_PROJECTION, entryKey(meetingId, listId, entryId));
    if (!entry) throw new Error(`entry ${entryId} of batch letter missing from the lists view`);
    return { name: entry.organization.name, country: entry.organization.country };
  }
}

const SHAPES_BATCH_LETTER = new Set(['BatchSubmitted', 'BatchDeadlineExtended']);

function batchOf(event: StoredEvent): number | undefined {
  return (event.data as { batch?: number }).batch;
}
