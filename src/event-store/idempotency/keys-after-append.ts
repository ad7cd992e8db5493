import { AppendOptions, AppendResult, EventStore, ExpectedRevision, NewEvent } from '../event-store.port';
import { ForwardingEventStore } from '../forwarding-event-store';
import { IdempotencyKeys, KeysWrittenAfterAppend } from './idempotency-keys';

/**
 * For a store with no transaction spanning events and keys (EventStoreDB): the keys of an append are
 * written right after it succeeds. What this cannot guarantee: a crash (or a failed key write) between
 * the append and the key loses the key, and a retry then runs the command again; two processes that
 * take the same key at once both run it; and the keys are shared only by the processes that share
 * their file.
 */
export class KeysAfterAppend extends ForwardingEventStore {
  constructor(
    inner: EventStore,
    private readonly keys: KeysWrittenAfterAppend,
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
    const result = await this.inner.append(streamId, events, expected);
    try {
      if (options.idempotency) this.keys.writeWithAppend(options.idempotency, result.position, this.now());
    } catch {
      // The events are stored: failing the append now would make the executor write them again.
    }
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
