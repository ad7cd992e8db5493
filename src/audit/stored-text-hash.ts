import { hash } from 'node:crypto';
import { encodeChained } from './hash-chain';

/** A stored metadata text split into what is hashed and the two chain fields `chain` wrote last. */
export interface ChainTail {
  /** The metadata without `previousHash` and `hash`, as JSON text. */
  metadataJson: string;
  previousHash: string | null;
  hash: string;
}

const HASH_KEY = ',"hash":"';
const PREVIOUS_KEY = '"previousHash":';

/**
 * Reads `…,"previousHash":<null or "hex">,"hash":"hex"}` off the end of a stored metadata text, the
 * form `chain` writes; undefined for any other form (the caller then parses the text). No JSON is
 * parsed: the offsets are fixed, since both digests are 64 characters. They are not checked for hex
 * here: a tail that is not what `chain` wrote cannot hash to the value it carries (a SHA-256 hex
 * digest), so the caller falls back to parsing, which reports it.
 */
export function splitChainTail(text: string): ChainTail | undefined {
  const hashAt = text.length - 66;
  if (hashAt < HASH_KEY.length || !text.endsWith('"}') || !text.startsWith(HASH_KEY, hashAt - HASH_KEY.length)) return undefined;
  const afterPrevious = hashAt - HASH_KEY.length;
  let previousHash: string | null = null;
  let valueAt = afterPrevious - 4;
  if (!text.startsWith('null', valueAt)) {
    valueAt = afterPrevious - 66;
    if (valueAt < 0 || text[valueAt] !== '"' || text[afterPrevious - 1] !== '"') return undefined;
    previousHash = text.slice(valueAt + 1, valueAt + 65);
  }
  const keyAt = valueAt - PREVIOUS_KEY.length;
  if (keyAt < 1 || !text.startsWith(PREVIOUS_KEY, keyAt)) return undefined;
  const before = text[keyAt - 1];
  if (before !== ',' && !(before === '{' && keyAt === 1)) return undefined;
  return { metadataJson: before === ',' ? `${text.slice(0, keyAt - 1)}}` : '{}', previousHash, hash: text.slice(hashAt, hashAt + 64) };
}

/**
 * Whether the stored texts, hashed as they are, give the stored hash. True means the event is
 * exactly as it was chained (the texts are then the canonical encoding the hash was computed over);
 * false means it was changed, or stored in another key order: only parsing can tell which.
 */
export function storedTextHashes(streamId: string, revision: number, type: string, dataJson: string, tail: ChainTail): boolean {
  return hash('sha256', encodeChained(streamId, revision, type, dataJson, tail.metadataJson, tail.previousHash), 'hex') === tail.hash;
}
