import { GeneralAssemblyCommand } from './general-assembly';
import { ListBatchesCommand } from './list-batches';
import { ListCorrectionsCommand } from './list-corrections';
import { ListEntriesCommand } from './list-entries';
import { ListObjectionsCommand } from './list-objections';
import { ObjectionBasisCommand } from './objection-basis';

/** The commands of a list stream, assembled from its topics: a new command joins its topic's file only. */

export type { ListAddress } from './list.guards';
export type { CreateList, MeetingFacts, ProposeEntries, WithdrawEntry } from './list-entries';
export type { CloseBatch, ExtendDeadline, RecordReminder, SubmitBatch } from './list-batches';
export type { RaiseObjection, WithdrawObjection } from './list-objections';
export type { RecordGeneralAssemblyDecision, TransmitList } from './general-assembly';
export type { CancelBatch, DisownObjection } from './list-corrections';
export type { MakeObjectionBasisKnown, RequestObjectionBasis } from './objection-basis';

export type ListCommand =
  ListEntriesCommand | ListBatchesCommand | ListObjectionsCommand | GeneralAssemblyCommand | ListCorrectionsCommand | ObjectionBasisCommand;
