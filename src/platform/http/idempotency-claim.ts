import type { IdempotencyClaim } from '../../event-store/idempotency/idempotency-keys';

const CLAIM = Symbol('idempotencyClaim');

type Carrier = object & { [CLAIM]?: IdempotencyClaim };

/** Puts the request's `Idempotency-Key` where the request context picks it up for the command. */
export function setClaim(request: object, claim: IdempotencyClaim): void {
  (request as Carrier)[CLAIM] = claim;
}

export function claimOf(request: object): IdempotencyClaim | undefined {
  return (request as Carrier)[CLAIM];
}
