import { DocumentWriter } from '../../kernel/projection';
import { ObjectionBasisMadeKnown, ObjectionBasisRequested, Organization } from '../domain/list.events';

/** One Member State's request for the general basis of the objections to one entry, and the answer once given. */
export interface BasisRequestDocument {
  meetingId: string;
  listId: string;
  entryId: string;
  state: string;
  organization: Organization;
  requestedAt: string;
  bases?: Array<{ state: string; reason?: string }>;
  madeKnownAt?: string;
}

/** On the entry, for the PGA and auditors: who asked, when, and when it was made known. */
export interface EntryBasisRequest {
  state: string;
  requestedAt: string;
  madeKnownAt?: string;
}

/** The part of an entry document these events read and write. */
interface EntryDocument {
  organization: Organization;
  basisRequests?: EntryBasisRequest[];
}

export const basisRequestsPrefix = (state: string) => `basis-request/${state}/`;
const basisRequestKey = (state: string, meetingId: string, listId: string, entryId: string) =>
  `${basisRequestsPrefix(state)}${meetingId}/${listId}/${entryId}`;

interface Where {
  meetingId: string;
  listId: string;
  at: string;
  documents: DocumentWriter;
  entryKey: string;
}

export function basisRequested({ meetingId, listId, at, documents, entryKey }: Where, { data }: ObjectionBasisRequested): void {
  const entry = documents.get<EntryDocument>(entryKey);
  if (!entry) return;
  const { entryId, state } = data;
  const request: BasisRequestDocument = { meetingId, listId, entryId, state, organization: entry.organization, requestedAt: at };
  documents.put(basisRequestKey(state, meetingId, listId, entryId), request);
  documents.put(entryKey, { ...entry, basisRequests: [...(entry.basisRequests ?? []), { state, requestedAt: at }] });
}

export function basisMadeKnown({ meetingId, listId, at, documents, entryKey }: Where, { data }: ObjectionBasisMadeKnown): void {
  const { entryId, state, bases } = data;
  const key = basisRequestKey(state, meetingId, listId, entryId);
  const request = documents.get<BasisRequestDocument>(key);
  if (request) documents.put(key, { ...request, bases: bases.map((basis) => ({ ...basis })), madeKnownAt: at });
  const entry = documents.get<EntryDocument>(entryKey);
  if (!entry) return;
  const basisRequests = (entry.basisRequests ?? []).map((r) => (r.state === state ? { ...r, madeKnownAt: at } : r));
  documents.put(entryKey, { ...entry, basisRequests });
}
