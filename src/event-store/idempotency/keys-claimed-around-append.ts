import { randomUUID } from 'node:crypto';
import { AppendOptions, AppendResult, EventStore, ExpectedRevision, NewEvent } from '../event-store.port';
import { ForwardingEventStore } from '../forwarding-event-store';
import { IdempotencyKeys } from './idempotency-keys';
import { RedisIdempotencyKeys } from './redis-idempotency-keys';

/**
 * For EventStoreDB with Redis: an append's keys are claimed before it (a key another request holds
 * refuses the command, nothing written), completed with its position after it, and released if it fails.
 * Append and key are still two writes: a crash between them leaves the claim to expire, and a retry
 * then runs the command again.
 */
export class KeysClaimedAroundAppend extends ForwardingEventStore {
  constructor(
    inner: EventStore,
    private readonly keys: RedisIdempotencyKeys,
    private readonly now: () => Date = () => new Date(),
  ) {
    super(inner);
  }

  override async append(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const writes = options.idempotency ?? [];
    if (writes.length === 0) return this.inner.append(streamId, events, expected);
    const claimId = randomUUID();
    await this.keys.claim(writes, claimId, this.now());
    let result: AppendResult;
    try {
      result = await this.inner.append(streamId, events, expected);
    } catch (error) {
      await this.keys.release(writes, claimId).catch(() => undefined);
      throw error;
    }
    // The events are stored: failing now would make the executor write them again. The claim expires instead.
    await this.keys.complete(writes, result.position, this.now()).catch(() => undefined);
    return result;
  }

  override idempotencyKeys(): IdempotencyKeys {
    return this.keys;
  }

  override async close(): Promise<void> {
    await this.inner.close();
    this.keys.close();
  }
}
