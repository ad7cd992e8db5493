import { Position } from '../../kernel/position';

/** Where a command's events were written: enough to rebuild its result without deciding it again. */
export interface RecordedResult {
  streamId: string;
  /** Position of the append that carried the command's events. */
  position: Position;
  firstRevision: number;
  lastRevision: number;
}

/** A key recorded with the events of the command that used it, in the append that writes them. */
export interface KeyWrite {
  /** The caller and its key: one caller's key never answers another caller. */
  scope: string;
  /** Method, route and body of the request that used the key. */
  fingerprint: string;
  streamId: string;
  firstRevision: number;
  lastRevision: number;
}

/** A request's `Idempotency-Key`, carried to the command it causes. */
export interface IdempotencyClaim {
  scope: string;
  fingerprint: string;
  /** Set when the key's command was already written: its result is answered again, not decided again. */
  recorded?: RecordedResult;
}

export interface KeyRecord {
  fingerprint: string;
  recordedAt: Date;
  /** Absent when the request stored no event (a command that changed nothing). */
  result?: RecordedResult;
  /** The answer given, once given (without secrets). */
  answer?: { body: unknown };
  /** Taken by a request whose append is still in flight (Redis keys): its result or answer comes soon. */
  pending?: true;
}

/**
 * Idempotency keys, kept outside the hash-chained events. Where the store allows it (the embedded
 * store), a key is written in the same transaction as its command's events.
 */
export interface IdempotencyKeys {
  find(scope: string): Promise<KeyRecord | undefined>;
  /** Keeps the answer of a key (with the key itself when its command wrote nothing). */
  recordAnswer(scope: string, fingerprint: string, body: unknown, at: Date): Promise<void>;
  /** Removes every key recorded before `cutoff`; returns how many. */
  forgetRecordedBefore(cutoff: Date): Promise<number>;
}

/** Keys that a store without such a transaction writes itself, right after the append. */
export interface KeysWrittenAfterAppend extends IdempotencyKeys {
  writeWithAppend(writes: readonly KeyWrite[], position: string, at: Date): void;
  close(): void;
}

/** Another request (another engine process) recorded the same key first. */
export class IdempotencyKeyTaken extends Error {
  constructor(readonly scope: string) {
    super('The Idempotency-Key was recorded by another request meanwhile');
    this.name = 'IdempotencyKeyTaken';
  }
}

export const IDEMPOTENCY_KEYS = Symbol('IDEMPOTENCY_KEYS');
