import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { isPosition, toPosition } from '../../kernel/position';
import { StoreUnavailableError } from '../store-errors';
import { IdempotencyKeys, IdempotencyKeyTaken, KeyRecord, KeyWrite } from './idempotency-keys';

export interface RedisKeysSettings {
  /** Key prefix (the engine's QUEUE_PREFIX): engines that share a log share it. */
  prefix: string;
  /** IDEMPOTENCY_TTL_MS: Redis drops a key this long after it was written. */
  ttlMs: number;
  /** How long a key claimed for an append in flight is held before another request may take it. */
  claimMs?: number;
}

/** What Redis holds per key, as JSON. */
interface StoredKey {
  fingerprint: string;
  recordedAt: number;
  /** Claimed for an append not yet confirmed: nothing to answer yet. */
  claim?: string;
  result?: { streamId: string; position: string; firstRevision: number; lastRevision: number };
  answer?: string;
}

/** Sets the answer unless one is kept or the key was used with another request; creates the key if absent. */
const RECORD_ANSWER = `
local current = redis.call('GET', KEYS[1])
if not current then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
  redis.call('ZADD', KEYS[2], ARGV[4], KEYS[1])
  return 1
end
local record = cjson.decode(current)
if record.answer or record.fingerprint ~= ARGV[2] then return 0 end
record.answer = cjson.decode(ARGV[1]).answer
redis.call('SET', KEYS[1], cjson.encode(record), 'KEEPTTL')
return 1`;

/** Deletes a claim only if it is still this request's (not yet completed, not taken over). */
const RELEASE = `
local current = redis.call('GET', KEYS[1])
if current and cjson.decode(current).claim == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const DEFAULT_CLAIM_MS = 60_000;

/**
 * Idempotency keys in Redis, for EventStoreDB, which has no transaction that could hold them with the
 * events. Every engine process sharing the Redis and prefix shares the keys. A key is claimed (SET NX)
 * before the append, so two processes taking one key at once do not both append; it is completed with
 * the append's position after it, or released when the append fails. See docs/stores.md, "Several engine
 * processes" for what this cannot guarantee.
 */
export class RedisIdempotencyKeys implements IdempotencyKeys {
  private readonly claimMs: number;
  private readonly byAge: string;

  constructor(
    private readonly redis: Redis,
    private readonly settings: RedisKeysSettings,
  ) {
    this.claimMs = settings.claimMs ?? DEFAULT_CLAIM_MS;
    this.byAge = `${settings.prefix}:idempotency-by-age`;
  }

  /** Takes every key of an append for this request, or none: the first taken elsewhere is thrown. */
  async claim(writes: readonly KeyWrite[], claimId: string, at: Date): Promise<void> {
    const claimed: KeyWrite[] = [];
    for (const write of writes) {
      const value: StoredKey = { fingerprint: write.fingerprint, recordedAt: at.getTime(), claim: claimId };
      const taken = await this.call(() => this.redis.set(this.keyOf(write.scope), JSON.stringify(value), 'PX', this.claimMs, 'NX'));
      if (taken !== 'OK') {
        await this.release(claimed, claimId);
        throw new IdempotencyKeyTaken(write.scope);
      }
      claimed.push(write);
    }
  }

  /** The append is stored: the keys now answer it, for IDEMPOTENCY_TTL_MS. */
  async complete(writes: readonly KeyWrite[], position: string, at: Date): Promise<void> {
    const multi = this.redis.multi();
    for (const { scope, fingerprint, streamId, firstRevision, lastRevision } of writes) {
      const value: StoredKey = { fingerprint, recordedAt: at.getTime(), result: { streamId, position, firstRevision, lastRevision } };
      multi.set(this.keyOf(scope), JSON.stringify(value), 'PX', this.settings.ttlMs);
      multi.zadd(this.byAge, at.getTime(), this.keyOf(scope));
    }
    await this.call(() => multi.exec());
  }

  /** The append failed: the keys are free again (unless another request took one over meanwhile). */
  async release(writes: readonly KeyWrite[], claimId: string): Promise<void> {
    for (const write of writes) await this.call(() => this.redis.eval(RELEASE, 1, this.keyOf(write.scope), claimId));
  }

  async find(scope: string): Promise<KeyRecord | undefined> {
    const text = await this.call(() => this.redis.get(this.keyOf(scope)));
    return text === null ? undefined : toRecord(JSON.parse(text) as StoredKey);
  }

  async recordAnswer(scope: string, fingerprint: string, body: unknown, at: Date): Promise<void> {
    const value: StoredKey = { fingerprint, recordedAt: at.getTime(), answer: JSON.stringify(body ?? null) };
    const key = this.keyOf(scope);
    const args = [JSON.stringify(value), fingerprint, this.settings.ttlMs, at.getTime()];
    await this.call(() => this.redis.eval(RECORD_ANSWER, 2, key, this.byAge, ...args));
  }

  /** Redis expires keys by itself (PX); this removes those recorded before `cutoff` by the engine's clock. */
  async forgetRecordedBefore(cutoff: Date): Promise<number> {
    const keys = await this.call(() => this.redis.zrangebyscore(this.byAge, '-inf', `(${cutoff.getTime()}`));
    if (keys.length === 0) return 0;
    const results = await this.call(() =>
      this.redis
        .multi()
        .del(...keys)
        .zrem(this.byAge, ...keys)
        .exec(),
    );
    return Number(results?.[0]?.[1] ?? 0);
  }

  close(): void {
    this.redis.disconnect();
  }

  private keyOf(scope: string): string {
    return `${this.settings.prefix}:idempotency:${createHash('sha256').update(scope).digest('hex')}`;
  }

  /** Redis away: the keyed request cannot be made safe to repeat, so it is refused (503), nothing written. */
  private async call<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch (error) {
      throw new StoreUnavailableError(error instanceof Error ? error : new Error(String(error)), false);
    }
  }
}

function toRecord(stored: StoredKey): KeyRecord {
  const record: KeyRecord = { fingerprint: stored.fingerprint, recordedAt: new Date(stored.recordedAt) };
  if (stored.claim !== undefined) record.pending = true;
  if (stored.result && isPosition(stored.result.position))
    record.result = { ...stored.result, position: toPosition(stored.result.position) };
  if (stored.answer !== undefined) record.answer = { body: JSON.parse(stored.answer) as unknown };
  return record;
}
