import { PassThrough, Readable } from 'node:stream';
import { AllStreamResolvedEvent, Position as EsdbPosition } from '@eventstore/db-client';
import { CatchUpFeed } from '../../src/event-store/esdb/resumable-subscription';

/** A resolved `$all` event as the client yields it, at C:commit/P:commit. */
export function resolvedAt(commit: number, overrides: Record<string, unknown> = {}): AllStreamResolvedEvent {
  const position: EsdbPosition = { commit: BigInt(commit), prepare: BigInt(commit) };
  const event = {
    streamId: 'meeting-1',
    id: `00000000-0000-4000-8000-${String(commit).padStart(12, '0')}`,
    isJson: true,
    revision: BigInt(commit),
    type: 'Noted',
    created: new Date('2025-09-22T10:00:00.000Z'),
    data: { n: commit },
    metadata: { correlationId: 'c', causationId: 'c', $correlationId: 'c', $causationId: 'c' },
    position,
    ...overrides,
  };
  return { event } as AllStreamResolvedEvent;
}

/** A stand-in for the client's subscription: the test pushes events, signals, errors and ends. */
export class FakeFeed extends PassThrough implements CatchUpFeed {
  unsubscribed = false;

  constructor() {
    super({ objectMode: true });
  }

  unsubscribe(): Promise<void> {
    this.unsubscribed = true;
    return Promise.resolve();
  }

  caughtUp(): void {
    this.emit('caughtUp');
  }
}

/** A stand-in for the client's StreamingRead over `items`, then `failure` if given; records its cancellation. */
export function fakeRead<T>(items: T[], failure?: Error): Readable & { cancel(): Promise<void>; cancelled: boolean } {
  // eslint-disable-next-line @typescript-eslint/require-await -- stands for the client's asynchronous StreamingRead: its items must arrive as an async iterable's
  async function* generate() {
    for (const item of items) yield item;
    if (failure) throw failure;
  }
  const read = Readable.from(generate()) as Readable & { cancel(): Promise<void>; cancelled: boolean };
  read.cancelled = false;
  read.cancel = () => {
    read.cancelled = true;
    return Promise.resolve();
  };
  return read;
}
