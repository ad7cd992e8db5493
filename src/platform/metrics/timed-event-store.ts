import { AppendOptions, AppendResult, EventStore, ExpectedRevision, NewEvent } from '../../event-store/event-store.port';
import { ForwardingEventStore } from '../../event-store/forwarding-event-store';

/** The store as the executor sees it, each append timed (refused ones too: they cost the same round trip). */
export class TimedEventStore extends ForwardingEventStore {
  constructor(
    inner: EventStore,
    private readonly appended: (seconds: number) => void,
  ) {
    super(inner);
  }

  override async append(streamId: string, events: NewEvent[], expected: ExpectedRevision, options?: AppendOptions): Promise<AppendResult> {
    const started = performance.now();
    try {
      return await this.inner.append(streamId, events, expected, options);
    } finally {
      this.appended((performance.now() - started) / 1000);
    }
  }
}
