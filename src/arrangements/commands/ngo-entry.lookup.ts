import { Injectable } from '@nestjs/common';
import { listDecider } from '../../accreditation/domain/list.decider';
import { listStream } from '../../accreditation/domain/list.events';
import { EntryDocument, entryKey, ListDocument, LISTS_PROJECTION, listsPrefix } from '../../accreditation/projections/lists.projection';
import { CommandExecutor } from '../../event-store/commands/command-executor';
import { ProjectionStore } from '../../event-store/projections/projection-store';
import { EntryFacts } from '../domain/arrangements.commands';

/**
 * Where an entry named by id (without its list) stands. The lists projection says which list of the
 * meeting holds it; the list's own stream, read now, says what it is (the projection may lag a write).
 */
@Injectable()
export class NgoEntryLookup {
  constructor(private readonly documents: ProjectionStore, private readonly executor: CommandExecutor) {}

  async find(meetingId: string, entryId: string): Promise<EntryFacts | undefined> {
    const lists = this.documents.list<ListDocument>(LISTS_PROJECTION, listsPrefix(meetingId));
    const holder = lists.find((list) => this.documents.get<EntryDocument>(LISTS_PROJECTION, entryKey(meetingId, list.id, entryId)));
    if (!holder) return undefined;
    const list = await this.executor.read(listStream(meetingId, holder.id), listDecider);
    const entry = list.entries.get(entryId);
    if (!entry || !list.kind) return undefined;
    return { listId: holder.id, listKind: list.kind, status: entry.status, organization: entry.organization.name };
  }
}
