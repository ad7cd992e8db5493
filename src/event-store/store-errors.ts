/** Errors an adapter raises for conditions a caller can act on; the HTTP layer maps each to a contract code. */

/** One append (all of a command's events) is larger than the store accepts in one write. */
export class AppendTooLargeError extends Error {
  constructor(
    readonly streamId: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(
      `The events for ${streamId} take ${bytes} bytes, more than the event store accepts in one append (${limit} bytes); ` +
        'nothing was written. Send the change in smaller parts.',
    );
    this.name = 'AppendTooLargeError';
  }
}

/** A global position the store cannot read from (not an event's position). */
export class InvalidPositionError extends RangeError {
  constructor(readonly position: string) {
    super(`${position} is not a position in the event log; use a position the log returned (such as a page's \`next\`).`);
    this.name = 'InvalidPositionError';
  }
}

/**
 * The store could not be reached or did not answer in time, after bounded retries.
 * `writeMayHaveLanded`: the store may have stored an append whose answer was lost.
 */
export class StoreUnavailableError extends Error {
  constructor(
    cause: Error,
    readonly writeMayHaveLanded: boolean,
  ) {
    super(
      writeMayHaveLanded
        ? 'The event store did not confirm the write in time; it may or may not have been stored. Read the record before retrying.'
        : 'The event store is unavailable right now (no leader, or not reachable); nothing was written. Please retry shortly.',
      { cause },
    );
    this.name = 'StoreUnavailableError';
  }
}
