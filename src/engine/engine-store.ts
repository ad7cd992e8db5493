import { Redis } from 'ioredis';
import { HashChainingEventStore } from '../audit/hash-chain';
import { createEventStore, EventStoreSettings } from '../event-store/event-store.factory';
import { EventStore } from '../event-store/event-store.port';
import { IdempotencyKeys } from '../event-store/idempotency/idempotency-keys';
import { KeysAfterAppend } from '../event-store/idempotency/keys-after-append';
import { KeysClaimedAroundAppend } from '../event-store/idempotency/keys-claimed-around-append';
import { RedisIdempotencyKeys, RedisKeysSettings } from '../event-store/idempotency/redis-idempotency-keys';
import { KeysBesideTheLog } from '../event-store/projections/keys-beside-the-log';

/** The configured store as the engine writes to it: every event appended carries its hash chain. */
export function createEngineStore(settings: EventStoreSettings, now?: () => Date): EventStore {
  return new HashChainingEventStore(createEventStore(settings, now));
}

/** The engine's log with its idempotency keys; `keysBesideTheLog` when they are kept outside it and must be bound to it. */
export interface EngineLog {
  store: EventStore;
  keys: IdempotencyKeys;
  keysBesideTheLog?: KeysBesideTheLog;
}

/** Where the keys go when the store cannot keep them: Redis (shared by every process) when REDIS_URL is set. */
export interface KeysOutsideTheStore {
  besidePath: string;
  redis?: RedisKeysSettings & { url: string };
}

/**
 * The embedded store keeps the keys in its own file, written with the events; EventStoreDB cannot, so
 * they go to Redis when there is one (claimed before each append, completed after it), else to
 * `besidePath` (the read models' file) right after each append.
 */
export function createEngineLog(settings: EventStoreSettings, outside: KeysOutsideTheStore, now: () => Date): EngineLog {
  const inner = createEventStore(settings, now);
  const own = inner.idempotencyKeys?.();
  if (own) return { store: new HashChainingEventStore(inner), keys: own };
  if (outside.redis) {
    const { url, ...redisSettings } = outside.redis;
    // Bounded retries: a keyed command fails (503) rather than waits while Redis is away.
    const redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
    redis.on('error', () => undefined); // the platform's connection to the same Redis logs its outages
    const keys = new RedisIdempotencyKeys(redis, redisSettings);
    return { store: new HashChainingEventStore(new KeysClaimedAroundAppend(inner, keys, now)), keys };
  }
  const beside = new KeysBesideTheLog(outside.besidePath);
  return { store: new HashChainingEventStore(new KeysAfterAppend(inner, beside, now)), keys: beside, keysBesideTheLog: beside };
}
