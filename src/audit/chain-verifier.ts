import { EventStore, Position, StoredEvent } from '../event-store/event-store.port';
import { EventRow, rowToEvent } from '../event-store/sqlite/sqlite-rows';
import { eventHash } from './hash-chain';
import { splitChainTail, storedTextHashes } from './stored-text-hash';
import { logPages } from './history-export';

export type BreakReason =
  | 'missing hash'
  | 'revision gap'
  | 'previousHash does not match the previous event'
  | 'hash mismatch'
  | 'position gap'
  | 'column copy mismatch';

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
  /** With `streamPrefixes`: events of other streams (not `$` system streams), passed over unchecked. */
  foreignEvents?: number;
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
  /**
   * Verify only the streams whose names start with one of these (a log the engine shares, such as
   * EventStoreDB's `$all`, also holds other applications' streams, test leftovers and the server's
   * `$` streams, which carry no chain). Not with `densePositions`: skipped events leave gaps.
   */
  streamPrefixes?: readonly string[];
}

/**
 * Reads the whole log in global order and recomputes every stream's hash chain; stops at the first
 * broken event in global order. Memory: one page, plus the last revision and hash of each stream.
 */
export async function verifyChains(store: EventStore, options: VerifyOptions = {}): Promise<VerificationReport> {
  const verifier = new ChainVerifier(options.densePositions ?? false);
  const { streamPrefixes } = options;
  let foreign = 0;
  const counts = () => ({ eventsChecked: verifier.checked, ...(streamPrefixes ? { foreignEvents: foreign } : {}) });
  for await (const page of logPages(store)) {
    for (const event of page) {
      if (streamPrefixes && !streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) {
        if (!event.streamId.startsWith('$')) foreign += 1;
        continue;
      }
      const broken = verifier.check(event);
      if (broken) return { ok: false, ...counts(), firstBroken: broken };
    }
    options.onProgress?.(verifier.checked);
  }
  return { ok: true, ...counts() };
}

export interface StreamHead {
  revision: number;
  hash: string;
}

/** A stream's first event within a range of the log: it links to an event the range does not hold. */
export interface StreamEntry {
  streamId: string;
  revision: number;
  previousHash: string | null;
  position: Position;
  /** The event's place in the range, from 1: the events checked up to and including it. */
  index: number;
}

export type Problem = Pick<BrokenEvent, 'reason' | 'detail'>;

const HASH_MISMATCH: Problem = { reason: 'hash mismatch', detail: 'The content no longer matches its stored hash: the event was changed.' };
const COPY_MISMATCH: Problem = {
  reason: 'column copy mismatch',
  detail: 'The occurred_at or schema_version column no longer matches metadata.occurredAt or metadata.schemaVersion: the row was changed.',
};
const MISSING_HASH: Problem = {
  reason: 'missing hash',
  detail: 'metadata.hash or metadata.previousHash is absent or not a SHA-256 digest.',
};

/**
 * Checks events one by one, in global order, parsed (`check`) or as stored rows (`checkRow`, which
 * hashes the stored text as it is and parses only an event whose text does not hash right).
 *
 * Over the whole log, a stream's first event must be its genesis (revision 0, no previousHash). Over a
 * range of it (`entries` given), a stream's first event in the range is recorded there instead, to be
 * linked to the stream's last event in earlier ranges by {@link stitchRanges}.
 */
export class ChainVerifier {
  readonly heads = new Map<string, StreamHead>();
  /** Events checked so far. */
  checked = 0;
  /** The position of the event checked last (undefined at the start of a range: its first event sets it). */
  lastPosition: number | undefined;
  private readonly entries?: StreamEntry[];

  constructor(
    private readonly densePositions: boolean,
    options: { entries?: StreamEntry[] } = {},
  ) {
    // Over the whole log the first event must be at position 1; a range's continuity is checked by stitchRanges.
    this.lastPosition = options.entries ? undefined : 0;
    this.entries = options.entries;
  }

  /** The reason the event breaks its chain (or the positions), else undefined. */
  check(event: StoredEvent): BrokenEvent | undefined {
    this.checked += 1;
    const gap = this.positionProblem(event.position);
    return gap ? broken(event, gap) : this.checkParsed(event);
  }

  /**
   * {@link check} for a row of the embedded store, hashing its stored text when it is in canonical
   * form. `copiesAgree`: whether the row's copied columns agree with its metadata (see SqliteLogReader).
   */
  checkRow(row: EventRow, copiesAgree = true): BrokenEvent | undefined {
    this.checked += 1;
    const position = String(row[0]) as Position;
    const [, , streamId, revision, type, dataJson, metadataJson] = row;
    const gap = this.positionProblem(position);
    if (gap) return broken({ position, streamId, revision }, gap);
    const tail = splitChainTail(metadataJson);
    if (!tail) return this.checkCopies(this.checkParsed(parseRow(row)), row, copiesAgree);
    const link = this.linkProblem(streamId, revision, tail.previousHash, position);
    if (link) return broken({ position, streamId, revision }, link);
    if (!storedTextHashes(streamId, revision, type, dataJson, tail)) {
      // Not the canonical text (or changed): the parsed content decides, as `check` would.
      const event = parseRow(row);
      if (!contentHashes(event)) return broken(event, HASH_MISMATCH);
    }
    this.advance(streamId, revision, tail.hash);
    return this.checkCopies(undefined, row, copiesAgree);
  }

  private checkCopies(found: BrokenEvent | undefined, row: EventRow, copiesAgree: boolean): BrokenEvent | undefined {
    if (found || copiesAgree) return found;
    return broken({ position: String(row[0]) as Position, streamId: row[2], revision: row[3] }, COPY_MISMATCH);
  }

  private checkParsed(event: StoredEvent): BrokenEvent | undefined {
    const { hash, previousHash } = event.metadata;
    if (!isDigest(hash) || (previousHash !== null && !isDigest(previousHash))) return broken(event, MISSING_HASH);
    const problem =
      this.linkProblem(event.streamId, event.revision, previousHash, event.position) ?? (contentHashes(event) ? undefined : HASH_MISMATCH);
    if (problem) return broken(event, problem);
    this.advance(event.streamId, event.revision, hash);
    return undefined;
  }

  private advance(streamId: string, revision: number, hash: string): void {
    const head = this.heads.get(streamId);
    if (head) {
      head.revision = revision;
      head.hash = hash;
    } else this.heads.set(streamId, { revision, hash });
  }

  private positionProblem(text: string): Problem | undefined {
    if (!this.densePositions) return undefined;
    const position = Number(text);
    const expected = this.lastPosition === undefined ? position : this.lastPosition + 1;
    this.lastPosition = position;
    if (position === expected) return undefined;
    const missing = position > expected ? ` (${position - expected} missing before it)` : '';
    return { reason: 'position gap', detail: `Expected position ${expected}, found ${text}${missing}.` };
  }

  /** The event's revision and previousHash against its stream's head; in a range, a stream's first event is recorded as an entry. */
  private linkProblem(streamId: string, revision: number, previousHash: string | null, position: Position): Problem | undefined {
    const head = this.heads.get(streamId);
    if (!head && this.entries) {
      this.entries.push({ streamId, revision, previousHash, position, index: this.checked });
      return undefined;
    }
    return linkProblem(head, revision, previousHash);
  }
}

function broken(event: Pick<StoredEvent, 'position' | 'streamId' | 'revision'>, problem: Problem): BrokenEvent {
  return { position: event.position, streamId: event.streamId, revision: event.revision, ...problem };
}

/** The row as an event; a text that is not JSON any more is kept as the string itself (its hash then fails). */
function parseRow(row: EventRow): StoredEvent {
  try {
    return rowToEvent(row);
  } catch {
    const event = rowToEvent([row[0], row[1], row[2], row[3], row[4], 'null', '{}', row[7]]);
    return { ...event, data: row[5], metadata: { ...event.metadata, unparsable: row[6] } };
  }
}

function contentHashes(event: StoredEvent): boolean {
  const { streamId, revision, type, data, metadata } = event;
  const previousHash = (metadata.previousHash ?? null) as string | null;
  return eventHash({ streamId, revision, type, data, metadata, previousHash }) === metadata.hash;
}

/** Whether an event continues its stream's head (`undefined`: the stream's genesis is expected). */
export function linkProblem(head: StreamHead | undefined, revision: number, previousHash: string | null): Problem | undefined {
  const expectedRevision = head ? head.revision + 1 : 0;
  if (revision !== expectedRevision) {
    return { reason: 'revision gap', detail: `Expected revision ${expectedRevision} of the stream, found ${revision}.` };
  }
  if (previousHash !== (head ? head.hash : null)) {
    return {
      reason: 'previousHash does not match the previous event',
      detail: `Expected ${head ? head.hash : 'null'}, found ${String(previousHash)}.`,
    };
  }
  return undefined;
}

/** Cheap shape check; a digest that is not hex then fails as a mismatch. */
function isDigest(value: unknown): value is string {
  return typeof value === 'string' && value.length === 64;
}
