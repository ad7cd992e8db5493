import { DeadlineExceededError, NotLeaderError, UnavailableError } from '@eventstore/db-client';
import type { ServiceError } from '@grpc/grpc-js';
import { encodeEsdbPosition } from '../../src/event-store/esdb/esdb-mapping';
import { UnsupportedServerError } from '../../src/event-store/esdb/esdb-server-version';
import { ResumableSubscription } from '../../src/event-store/esdb/resumable-subscription';
import { Position, StoredEvent } from '../../src/event-store/event-store.port';
import { FakeFeed, resolvedAt } from './esdb-fakes';

const positionOf = (commit: number) => encodeEsdbPosition({ commit: BigInt(commit), prepare: BigInt(commit) });

function notLeader(): NotLeaderError {
  const metadata = { getMap: () => ({ 'leader-endpoint-host': 'node-2', 'leader-endpoint-port': '2113' }) };
  return new NotLeaderError({
    code: 9,
    details: 'not leader',
    message: '9 FAILED_PRECONDITION: not leader',
    metadata,
  } as unknown as ServiceError);
}

/** A source whose feeds the test drives; `opened` records the position each subscription started after. */
function harness(options: { ready?: () => Promise<void> } = {}) {
  const feeds: FakeFeed[] = [];
  const opened: Array<Position | undefined> = [];
  const delivered: number[] = [];
  const logs: string[] = [];
  const errors: Error[] = [];
  let caughtUp = 0;
  const source = {
    open: (after: Position | undefined) => {
      opened.push(after);
      const feed = new FakeFeed();
      feeds.push(feed);
      return feed;
    },
    ready: options.ready ?? (() => Promise.resolve()),
  };
  const start = (from?: Position, handler?: (event: StoredEvent) => void) =>
    new ResumableSubscription(
      source,
      from,
      handler ?? ((event) => void delivered.push((event.data as { n: number }).n)),
      { onCaughtUp: () => (caughtUp += 1), onError: (error) => errors.push(error) },
      { firstDelayMs: 1, maxDelayMs: 4, log: (message) => logs.push(message) },
    );
  return { feeds, opened, delivered, logs, errors, start, caughtUp: () => caughtUp };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 2));
  expect(condition()).toBe(true);
}

describe('ResumableSubscription over EventStoreDB', () => {
  it.each([
    ['UnavailableError', () => new UnavailableError(undefined, 'server restarted')],
    ['NotLeaderError', notLeader],
    ['DeadlineExceededError', () => new DeadlineExceededError(undefined, 'keep-alive timeout')],
  ])('resubscribes after the last delivered event when the client fails with %s', async (_name, failure) => {
    const h = harness();
    const subscription = h.start(positionOf(1));
    await until(() => h.feeds.length === 1);
    h.feeds[0].write(resolvedAt(2));
    h.feeds[0].write(resolvedAt(3));
    await until(() => h.delivered.length === 2);
    h.feeds[0].destroy(failure());

    await until(() => h.feeds.length === 2);
    h.feeds[1].write(resolvedAt(4));
    await until(() => h.delivered.length === 3);
    await subscription.stop();

    expect(h.delivered).toEqual([2, 3, 4]);
    expect(h.opened).toEqual([positionOf(1), positionOf(3)]);
    expect(h.errors).toEqual([]);
    expect(h.feeds[0].unsubscribed).toBe(true);
    expect(h.logs[0]).toMatch(new RegExp(`lost \\(${_name}: .*\\); resubscribing after ${positionOf(3)} in 1 ms`));
  });

  it('resubscribes when the server ends the subscription', async () => {
    const h = harness();
    const subscription = h.start();
    await until(() => h.feeds.length === 1);
    h.feeds[0].end();
    await until(() => h.feeds.length === 2);
    await subscription.stop();
    expect(h.opened).toEqual([undefined, undefined]);
    expect(h.logs[0]).toMatch(/the subscription ended.*after the start/);
  });

  it('backs off doubling up to the bound, and starts again from the first delay once an event arrives', async () => {
    const h = harness();
    const subscription = h.start();
    const failNext = async (count: number) => {
      await until(() => h.feeds.length === count);
      h.feeds[count - 1].destroy(new UnavailableError());
    };
    for (let n = 1; n <= 5; n += 1) await failNext(n);
    await until(() => h.feeds.length === 6);
    h.feeds[5].write(resolvedAt(7));
    await until(() => h.delivered.length === 1);
    h.feeds[5].destroy(new UnavailableError());
    await until(() => h.feeds.length === 7);
    await subscription.stop();
    const delays = h.logs.map((line) => Number(/in (\d+) ms/.exec(line)![1]));
    expect(delays).toEqual([1, 2, 4, 4, 4, 1]);
  });

  it('stops for good on a handler error, reporting it once', async () => {
    const h = harness();
    const boom = new Error('projection failed');
    h.start(undefined, () => {
      throw boom;
    });
    await until(() => h.feeds.length === 1);
    h.feeds[0].write(resolvedAt(2));
    await until(() => h.errors.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(h.errors).toEqual([boom]);
    expect(h.feeds).toHaveLength(1);
    expect(h.feeds[0].destroyed).toBe(true);
  });

  it('retries a server that cannot be reached, and refuses one too old to send CaughtUp', async () => {
    let calls = 0;
    const h = harness({
      ready: () => {
        calls += 1;
        return Promise.reject(calls === 1 ? new UnavailableError() : new UnsupportedServerError('22.10.1'));
      },
    });
    h.start();
    await until(() => h.errors.length === 1);
    expect(calls).toBe(2);
    expect(h.errors[0]).toBeInstanceOf(UnsupportedServerError);
    expect(h.errors[0].message).toMatch(/23\.10 or later is required/);
    expect(h.feeds).toHaveLength(0);
  });

  it('reports being caught up once, after the events before the signal, even across a resubscription', async () => {
    const h = harness();
    const subscription = h.start();
    await until(() => h.feeds.length === 1);
    h.feeds[0].destroy(new UnavailableError());
    await until(() => h.feeds.length === 2);
    h.feeds[1].write(resolvedAt(2));
    h.feeds[1].caughtUp();
    await until(() => h.caughtUp() === 1);
    expect(h.delivered).toEqual([2]);
    h.feeds[1].destroy(new UnavailableError());
    await until(() => h.feeds.length === 3);
    h.feeds[2].caughtUp();
    await subscription.stop();
    expect(h.caughtUp()).toBe(1);
  });

  it('stops promptly while waiting to resubscribe', async () => {
    const h = harness();
    const subscription = new ResumableSubscription(
      { open: () => (h.feeds.push(new FakeFeed()), h.feeds[h.feeds.length - 1]), ready: () => Promise.resolve() },
      undefined,
      () => undefined,
      {},
      { firstDelayMs: 60_000, maxDelayMs: 60_000, log: () => undefined },
    );
    await until(() => h.feeds.length === 1);
    h.feeds[0].destroy(new UnavailableError());
    await new Promise((resolve) => setTimeout(resolve, 10));
    const started = Date.now();
    await subscription.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(h.feeds).toHaveLength(1);
  });
});
