import { Map as IMap } from 'immutable';

/** One Member State's request for the general basis of the objections to one entry. */
export interface BasisRequest {
  entryId: string;
  state: string;
  madeKnown: boolean;
}

export const basisRequestKey = (entryId: string, state: string) => `${entryId}|${state}`;

/** The requests with `state`'s request on the entry, asked for or (`madeKnown`) answered. */
export function withBasisRequest(
  requests: IMap<string, BasisRequest> = IMap(),
  { entryId, state }: { entryId: string; state: string },
  madeKnown: boolean,
): IMap<string, BasisRequest> {
  return requests.set(basisRequestKey(entryId, state), { entryId, state, madeKnown });
}
