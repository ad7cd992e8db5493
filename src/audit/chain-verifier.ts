import { EventStore, StoredEvent } from '../event-store/event-store.port';
import { eventHash } from './hash-chain';
import { logPages } from './history-export';

export type BreakReason =
  | 'missing hash'
  | 'revision gap'
  | 'previousHash does not match the previous event'
  | 'hash mismatch'
  | 'position gap';

export interface BrokenEvent {
  position: string;
  streamId: string;
  revision: number;
  reason: BreakReason;
  /** A sentence with the specifics (expected and found values). */
  detail?: string;
}

export interface VerificationReport {
  ok: boolean;
  /** Events examined, the broken one included. */
  eventsChecked: number;
  firstBroken?: BrokenEvent;
}

export interface VerifyOptions {
  /** Called after each page read (every 1,000 events) with the count checked so far. */
  onProgress?: (checked: number) => void;
  /**
   * The store's positions are 1, 2, 3, … with no gap (the embedded SQLite store): a missing
   * position is then reported too, which catches a deleted event anywhere but at the very end.
   */
  densePositions?: boolean;
}

/**
 * Reads the whole log in global order and recomputes every stream's hash chain; stops at the first
 * broken event in global order. Memory: one page, plus the last revision and hash of each stream.
 */
export async function verifyChains(store: EventStore, options: VerifyOptions = {}): Promise<VerificationReport> {
  const verifier = new ChainVerifier(options.densePositions ?? false);
  let checked = 0;
  for await (const page of logPages(store)) {
    for (const event of page) {
      checked += 1;
      const broken = verifier.check(event);
      if (broken) return { ok: false, eventsChecked: checked, firstBroken: broken };
    }
    options.onProgress?.(checked);
  }
  return { ok: true, eventsChecked: checked };
}

interface StreamHead {
  revision: number;
  hash: string;
}

/** Checks events one by one, in global order. */
export class ChainVerifier {
  private readonly heads = new Map<string, StreamHead>();
  private lastPosition = 0;

  constructor(private readonly densePositions: boolean) {}

  /** The reason the event breaks its chain (or the positions), else undefined. */
  check(event: StoredEvent): BrokenEvent | undefined {
    const problem = this.positionProblem(event) ?? this.chainProblem(event);
    if (problem) return { position: event.position, streamId: event.streamId, revision: event.revision, ...problem };
    const head = this.heads.get(event.streamId);
    if (head) {
      head.revision = event.revision;
      head.hash = event.metadata.hash as string;
    } else this.heads.set(event.streamId, { revision: event.revision, hash: event.metadata.hash as string });
    return undefined;
  }

  private positionProblem(event: StoredEvent): Pick<BrokenEvent, 'reason' | 'detail'> | undefined {
    if (!this.densePositions) return undefined;
    const position = Number(event.position);
    const expected = this.lastPosition + 1;
    this.lastPosition = position;
    if (position === expected) return undefined;
    const missing = position > expected ? ` (${position - expected} missing before it)` : '';
    return { reason: 'position gap', detail: `Expected position ${expected}, found ${event.position}${missing}.` };
  }

  private chainProblem(event: StoredEvent): Pick<BrokenEvent, 'reason' | 'detail'> | undefined {
    const { hash, previousHash } = event.metadata;
    if (!isDigest(hash) || (previousHash !== null && !isDigest(previousHash))) {
      return { reason: 'missing hash', detail: 'metadata.hash or metadata.previousHash is absent or not a SHA-256 digest.' };
    }
    const head = this.heads.get(event.streamId);
    const expectedRevision = head ? head.revision + 1 : 0;
    if (event.revision !== expectedRevision) {
      return { reason: 'revision gap', detail: `Expected revision ${expectedRevision} of the stream, found ${event.revision}.` };
    }
    if (previousHash !== (head ? head.hash : null)) {
      return { reason: 'previousHash does not match the previous event', detail: `Expected ${head ? head.hash : 'null'}, found ${String(previousHash)}.` };
    }
    const { streamId, revision, type, data, metadata } = event;
    if (eventHash({ streamId, revision, type, data, metadata, previousHash }) !== hash) {
      return { reason: 'hash mismatch', detail: 'The content no longer matches its stored hash: the event was changed.' };
    }
    return undefined;
  }
}

/** Cheap shape check; a digest that is not hex then fails as a mismatch. */
function isDigest(value: unknown): value is string {
  return typeof value === 'string' && value.length === 64;
}
