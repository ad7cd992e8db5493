import { Injectable } from '@nestjs/common';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { PointInLog, TimeTravel } from '../../event-store/projections/time-travel';
import { Actor } from '../../kernel/events';
import { listStream } from '../domain/list.events';
import { meetingStream } from '../domain/meeting.events';
import { basisRequestsOf, BasisRequestsView } from './basis-requests.reader';
import { ListReader } from './list.reader';
import { PersonalDataVault } from '../../platform/personal-data/personal-data-vault';
import { withContactsRevealed } from './revealed-contacts';
import { AccreditationsView, ListsView, ListView, PendingView } from './list.view';
import { ListDocument, LISTS_PROJECTION, listsPrefix } from './lists.projection';

/** The accreditation views the HTTP side reads: live, or (`asOf`: an instant or a position) rebuilt from the events as they stood then. */
@Injectable()
export class AccreditationQueries {
  constructor(
    private readonly documents: ProjectionStore,
    private readonly timeTravel: TimeTravel,
    private readonly vault: PersonalDataVault,
  ) {}

  /** pga and auditor read the entries' contact e-mails in the clear (`[erased]` once erased); nobody else gets them. */
  async list(meetingId: string, listId: string, viewer: Actor, asOf?: PointInLog): Promise<ListView> {
    const read = (reader: ListReader) => reader.list(meetingId, listId, viewer);
    const view =
      asOf === undefined
        ? read(new ListReader(this.documents))
        : await this.timeTravel.viewAsOf(asOf, [meetingStream(meetingId), listStream(meetingId, listId)], (documents) =>
            read(new ListReader(documents)),
          );
    return withContactsRevealed(view, this.vault);
  }

  lists(meetingId: string, asOf?: PointInLog): ListsView | Promise<ListsView> {
    if (asOf === undefined) return new ListReader(this.documents).lists(meetingId);
    return this.timeTravel.viewAsOf(asOf, this.meetingAndListStreams(meetingId), (documents) => new ListReader(documents).lists(meetingId));
  }

  accreditations(meetingId: string, asOf?: PointInLog): AccreditationsView | Promise<AccreditationsView> {
    if (asOf === undefined) return new ListReader(this.documents).accreditations(meetingId);
    return this.timeTravel.viewAsOf(asOf, this.meetingAndListStreams(meetingId), (documents) =>
      new ListReader(documents).accreditations(meetingId),
    );
  }

  pendingFor(state: string): PendingView {
    return new ListReader(this.documents).pendingFor(state);
  }

  basisRequestsOf(state: string): BasisRequestsView {
    return basisRequestsOf(this.documents, state);
  }

  /**
   * Changes whenever any list's documents change (the lists projection's checkpoint, its version with it): an answer
   * computed from the lists at one revision holds until the revision moves.
   */
  listsRevision(): string {
    const { position, version } = this.documents.checkpoint(LISTS_PROJECTION);
    return `${version}:${position ?? ''}`;
  }

  /** The ids of the meeting's lists, in key order (none for an unknown meeting). */
  listIds(meetingId: string): string[] {
    return this.documents.list<ListDocument>(LISTS_PROJECTION, listsPrefix(meetingId)).map((list) => list.id);
  }

  /** The meeting's stream and those of its lists (known from the live lists; one created later has nothing before). */
  private meetingAndListStreams(meetingId: string): string[] {
    const lists = this.documents.list<ListDocument>(LISTS_PROJECTION, listsPrefix(meetingId));
    return [meetingStream(meetingId), ...lists.map((list) => listStream(meetingId, list.id))];
  }
}
