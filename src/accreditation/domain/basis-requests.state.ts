import { Map as IMap } from 'immutable';
import { ObjectionBasisMadeKnown, ObjectionBasisRequested } from './list.events';

/** One Member State's request for the general basis of the objections to one entry. */
export interface BasisRequest {
  entryId: string;
  state: string;
  madeKnown: boolean;
}

export const basisRequestKey = (entryId: string, state: string) => `${entryId}|${state}`;

export function evolveBasisRequests(
  requests: IMap<string, BasisRequest> = IMap(),
  event: ObjectionBasisRequested | ObjectionBasisMadeKnown,
): IMap<string, BasisRequest> {
  const { entryId, state } = event.data;
  return requests.set(basisRequestKey(entryId, state), { entryId, state, madeKnown: event.type === 'ObjectionBasisMadeKnown' });
}
