import { Injectable } from '@nestjs/common';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { EntryDocument, LISTS_PROJECTION } from './lists.projection';

/** An entry's contact e-mail as the log stores it: an envelope, or (written before version 1.2) the address itself. */
export interface StoredContact {
  entryId: string;
  meetingId: string;
  listId: string;
  contactEmail: string;
}

export type ContactQuery = { entryId: string } | { meetingId: string } | { email: string };

/** The entries' contact e-mails as stored, for the erasures to tell which can be erased (envelopes) and which not. */
@Injectable()
export class ContactsOnRecord {
  constructor(private readonly documents: ProjectionStore) {}

  /** The entries the query names that have a contact e-mail (`{ email }`: those holding the address in the clear). */
  find(query: ContactQuery): StoredContact[] {
    const prefix = 'meetingId' in query ? `entry/${query.meetingId}/` : 'entry/';
    return this.documents
      .list<EntryDocument>(LISTS_PROJECTION, prefix)
      .filter((entry) => entry.organization.contactEmail !== undefined && matches(entry, query))
      .map(({ id, meetingId, listId, organization }) => ({ entryId: id, meetingId, listId, contactEmail: organization.contactEmail! }));
  }

  /** Whether an entry with this id exists on any list. */
  hasEntry(entryId: string): boolean {
    return this.documents.list<EntryDocument>(LISTS_PROJECTION, 'entry/').some((entry) => entry.id === entryId);
  }
}

function matches(entry: EntryDocument, query: ContactQuery): boolean {
  if ('entryId' in query) return entry.id === query.entryId;
  if ('email' in query) return entry.organization.contactEmail!.trim().toLowerCase() === query.email.trim().toLowerCase();
  return true;
}
