import { Decider, DecisionTable, tableDecider } from '../../kernel/decider';
import { generalAssemblyDecisions } from './general-assembly';
import { listBatchesDecisions } from './list-batches';
import { listCorrectionsDecisions } from './list-corrections';
import { listEntriesDecisions } from './list-entries';
import { listObjectionsDecisions } from './list-objections';
import { ListCommand } from './list.commands';
import { LIST_EVENTS, ListEvent } from './list.events';
import { initialListState, ListState } from './list.state';
import { objectionBasisDecisions } from './objection-basis';

export type { BatchState, EntryState, EntryStatus, ListState, StandingObjection } from './list.state';

const LIST_DECISIONS: DecisionTable<ListCommand, ListEvent, ListState> = {
  ...listEntriesDecisions,
  ...listBatchesDecisions,
  ...listObjectionsDecisions,
  ...generalAssemblyDecisions,
  ...listCorrectionsDecisions,
  ...objectionBasisDecisions,
};

/**
 * Paragraphs 8 and 9 of the resolution: the ECOSOC list and the non-objection list of one meeting. Its
 * topics (entries, batches, objections, the General Assembly, corrections, the objection basis) are one
 * file each, dispatched through their tables.
 */
export const listDecider: Decider<ListCommand, ListEvent, ListState> = tableDecider(initialListState, LIST_DECISIONS, LIST_EVENTS);
