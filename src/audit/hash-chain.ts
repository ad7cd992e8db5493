import { hash } from 'node:crypto';
import { ConcurrencyError } from '../event-store/concurrency.error';
import { ForwardingEventStore } from '../event-store/forwarding-event-store';
import { AppendOptions, AppendResult, EventMetadata, EventStore, ExpectedRevision, NewEvent } from '../event-store/event-store.port';

/** What an event's hash covers. `metadata` may carry `hash` and `previousHash`: they are left out. */
export interface ChainedContent {
  streamId: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: object;
  /** The stored `hash` of the stream's previous event; `null` for revision 0 (genesis). */
  previousHash: string | null;
}

const CHAIN_KEYS: ReadonlySet<string> = new Set(['hash', 'previousHash']);
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** `'any'` appends retry this many times when another process moved the stream meanwhile. */
const ANY_RETRIES = 10;

/**
 * SHA-256 (lower-case hex) over the canonical encoding of
 * `{ data, metadata (without hash, previousHash), previousHash, revision, streamId, type }`.
 */
export function eventHash(event: ChainedContent): string {
  return hash('sha256', chainEncoding(event), 'hex');
}

/** The exact text that is hashed: canonical JSON, its keys written in sorted order. */
export function chainEncoding(event: ChainedContent): string {
  return encodeChained(
    event.streamId,
    event.revision,
    event.type,
    canonicalJson(event.data),
    canonicalJson(event.metadata, CHAIN_KEYS),
    event.previousHash,
  );
}

/** {@link chainEncoding} from data and metadata already written as canonical JSON. */
export function encodeChained(
  streamId: string,
  revision: number,
  type: string,
  dataJson: string,
  metadataJson: string,
  previousHash: string | null,
): string {
  const previous = previousHash === null ? 'null' : JSON.stringify(previousHash);
  return (
    `{"data":${dataJson},"metadata":${metadataJson},"previousHash":${previous},"revision":${canonicalJson(revision)}` +
    `,"streamId":${JSON.stringify(streamId)},"type":${JSON.stringify(type)}}`
  );
}

export function isSha256Hex(value: unknown): value is string {
  return typeof value === 'string' && SHA256_HEX.test(value);
}

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785 does), no whitespace, and
 * JSON.stringify's rules for everything else (toJSON, undefined members dropped, non-finite numbers
 * as null), so that a value hashes the same before it is stored and after it is read back.
 * `omit` drops keys of the top-level object only. Hand-written for speed: about twice as fast as
 * sorting with Array.prototype.sort, four times as fast as JSON.stringify with a key list.
 */
export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? `${value}` : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return canonicalArray(value);
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return canonicalJson((value as { toJSON(): unknown }).toJSON());
      return canonicalObject(value as Record<string, unknown>, omit);
    case 'bigint':
      throw new TypeError('A bigint cannot be stored as JSON');
    default:
      return 'null';
  }
}

function canonicalArray(values: unknown[]): string {
  let out = '[';
  for (let i = 0; i < values.length; i += 1) out += (i === 0 ? '' : ',') + canonicalJson(values[i]);
  return `${out}]`;
}

function canonicalObject(object: Record<string, unknown>, omit?: ReadonlySet<string>): string {
  const keys = sortedKeys(object);
  let out = '{';
  for (let i = 0; i < keys.length; i += 1) {
    const member = object[keys[i]];
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol' || omit?.has(keys[i])) continue;
    out += `${out.length === 1 ? '' : ','}${encodedKey(keys[i])}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

/** Insertion sort: objects have few keys, often already in order. */
function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  for (let i = 1; i < keys.length; i += 1) {
    const key = keys[i];
    if (keys[i - 1] <= key) continue;
    let j = i - 1;
    for (; j >= 0 && keys[j] > key; j -= 1) keys[j + 1] = keys[j];
    keys[j + 1] = key;
  }
  return keys;
}

const ENCODED_KEYS = new Map<string, string>();

/** Keys repeat from event to event: their JSON form is remembered (a few thousand at most). */
function encodedKey(key: string): string {
  let encoded = ENCODED_KEYS.get(key);
  if (encoded === undefined) {
    if (ENCODED_KEYS.size >= 4096) ENCODED_KEYS.clear();
    ENCODED_KEYS.set(key, (encoded = JSON.stringify(key)));
  }
  return encoded;
}

/**
 * Tamper evidence over any adapter: each event's metadata gets `previousHash` (the stream's last
 * event's `hash`, `null` at revision 0) and `hash` ({@link eventHash}), so every stream is a hash chain.
 *
 * The chain cannot fork: an append first reads the stream's last event and appends with exactly
 * that revision as the expectation. `'any'` becomes that revision (retried a few times when another
 * process moves the stream in between); a numeric or `'no-stream'` expectation that does not match
 * what was read is refused at once with the ConcurrencyError the adapter would give. Appends to one
 * stream through one instance run one after another; appends to different streams still share a
 * group commit. (EventStoreDB's idempotent re-append of the same event ids with an old expectation
 * is therefore a ConcurrencyError here.) Everything else delegates.
 */
export class HashChainingEventStore extends ForwardingEventStore {
  /** The last append queued per stream, so that appends to a stream are chained in turn. */
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(inner: EventStore) {
    super(inner);
  }

  override append(streamId: string, events: NewEvent[], expected: ExpectedRevision, options?: AppendOptions): Promise<AppendResult> {
    const previous = this.tails.get(streamId) ?? Promise.resolve();
    const result = previous.then(() => this.appendChained(streamId, events, expected, options));
    const tail = result.catch(() => undefined);
    this.tails.set(streamId, tail);
    void tail.then(() => {
      if (this.tails.get(streamId) === tail) this.tails.delete(streamId);
    });
    return result;
  }

  private async appendChained(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
    options?: AppendOptions,
  ): Promise<AppendResult> {
    for (let attempt = 0; ; attempt += 1) {
      const [last] = await this.inner.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      const current = last ? last.revision : -1;
      if (expected !== 'any' && (expected === 'no-stream' ? -1 : expected) !== current) {
        throw new ConcurrencyError(streamId, expected, last ? current : 'no-stream');
      }
      const chained = chain(streamId, events, current, last && isSha256Hex(last.metadata.hash) ? last.metadata.hash : null);
      try {
        return await this.inner.append(streamId, chained, last ? current : 'no-stream', options);
      } catch (error) {
        if (expected !== 'any' || !(error instanceof ConcurrencyError) || attempt >= ANY_RETRIES) throw error;
      }
    }
  }
}

/**
 * The events with `previousHash` and `hash` in their metadata, chained from the stream's last hash.
 * Data and metadata come back with their keys in canonical order, `previousHash` and `hash` last, so
 * that an adapter storing them as JSON.stringify writes them stores the canonical text itself: a
 * verifier can then hash the stored text without parsing it (see stored-text-hash.ts).
 */
export function chain(streamId: string, events: NewEvent[], lastRevision: number, lastHash: string | null): NewEvent[] {
  let previousHash = lastHash;
  return events.map((event, i) => {
    const { hash: _h, previousHash: _p, ...metadata } = event.metadata;
    const dataJson = canonicalJson(event.data);
    const metadataJson = canonicalJson(metadata);
    const hashed = hash('sha256', encodeChained(streamId, lastRevision + 1 + i, event.type, dataJson, metadataJson, previousHash), 'hex');
    const chained = {
      ...event,
      data: JSON.parse(dataJson) as unknown,
      metadata: { ...(JSON.parse(metadataJson) as EventMetadata), previousHash, hash: hashed },
    };
    previousHash = hashed;
    return chained;
  });
}
