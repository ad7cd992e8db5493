import { CommandEnvelope } from '../../kernel/decider';
import { MeetingPolicy } from './meeting.events';
import { GeneralAssemblyDecision, ListKind, Organization } from './list.events';

/** The meeting as the list commands need it; the handler reads it from the meeting's stream. */
export interface MeetingFacts {
  exists: boolean;
  policy?: MeetingPolicy;
}

/** Which list a command is for (the stream it goes to). */
export interface ListAddress {
  meetingId: string;
  listId: string;
}

export interface CreateList extends CommandEnvelope, ListAddress {
  kind: 'CreateList';
  listKind: ListKind;
  title: string;
  meeting: MeetingFacts;
}

/** One or many organizations; `entryIds` are made by the handler (UUIDs), one per organization. */
export interface ProposeEntries extends CommandEnvelope, ListAddress {
  kind: 'ProposeEntries';
  organizations: Organization[];
  entryIds: string[];
}

export interface WithdrawEntry extends CommandEnvelope, ListAddress {
  kind: 'WithdrawEntry';
  entryId: string;
}

export interface SubmitBatch extends CommandEnvelope, ListAddress {
  kind: 'SubmitBatch';
  deadline: Date;
  /** How many days ahead of `now` a deadline may lie (MAX_DEADLINE_DAYS), added by the handler; absent from commands decided before the cap. */
  maxDeadlineDays?: number;
}

export interface ExtendDeadline extends CommandEnvelope, ListAddress {
  kind: 'ExtendDeadline';
  batch: number;
  deadline: Date;
  /** How many days ahead of `now` a deadline may lie (MAX_DEADLINE_DAYS), added by the handler; absent from commands decided before the cap. */
  maxDeadlineDays?: number;
}

/** By the PGA after the deadline, or by the engine itself (actor role `system`) at the deadline. */
export interface CloseBatch extends CommandEnvelope, ListAddress {
  kind: 'CloseBatch';
  batch: number;
}

export interface RaiseObjection extends CommandEnvelope, ListAddress {
  kind: 'RaiseObjection';
  entryId: string;
  reason?: string;
  onBehalfOf?: string[];
}

export interface WithdrawObjection extends CommandEnvelope, ListAddress {
  kind: 'WithdrawObjection';
  entryId: string;
}

export interface RecordGeneralAssemblyDecision extends CommandEnvelope, ListAddress {
  kind: 'RecordGeneralAssemblyDecision';
  entryId: string;
  decision: GeneralAssemblyDecision;
  reference: string;
}

/** By the engine (actor role `system`) when a reminder falls due; a no-op once issued or superseded. */
export interface RecordReminder extends CommandEnvelope, ListAddress {
  kind: 'RecordReminder';
  batch: number;
  deadline: string;
  before: string;
}

export interface TransmitList extends CommandEnvelope, ListAddress {
  kind: 'TransmitList';
}

/** By the PGA, while the batch is open and its deadline ahead: its entries go back to `proposed`. */
export interface CancelBatch extends CommandEnvelope, ListAddress {
  kind: 'CancelBatch';
  batch: number;
  reason: string;
}

/** By a Member State named in `onBehalfOf` of standing objections to the entry: it is taken out of them. */
export interface DisownObjection extends CommandEnvelope, ListAddress {
  kind: 'DisownObjection';
  entryId: string;
}

/** A Member State asks for the general basis of the objections to an objected entry (the actor's State asks). */
export interface RequestObjectionBasis extends CommandEnvelope, ListAddress {
  kind: 'RequestObjectionBasis';
  entryId: string;
}

/** The PGA makes the general basis of the objections known to `state`, which asked for it. */
export interface MakeObjectionBasisKnown extends CommandEnvelope, ListAddress {
  kind: 'MakeObjectionBasisKnown';
  entryId: string;
  state: string;
}

export type ListCommand =
  | CreateList
  | ProposeEntries
  | WithdrawEntry
  | SubmitBatch
  | ExtendDeadline
  | CloseBatch
  | RaiseObjection
  | WithdrawObjection
  | RecordGeneralAssemblyDecision
  | RecordReminder
  | TransmitList
  | CancelBatch
  | DisownObjection
  | RequestObjectionBasis
  | MakeObjectionBasisKnown;
