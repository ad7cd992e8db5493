import {
  AppendResult as EsdbAppendResult,
  DeadlineExceededError,
  EventData,
  MaxAppendSizeExceededError,
  NO_STREAM,
  NotLeaderError,
  START,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { ServiceError } from '@grpc/grpc-js';
import { chain, eventHash } from '../../src/audit/hash-chain';
import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import { EsdbClient, EsdbEventStore } from '../../src/event-store/esdb/esdb-event-store';
import { encodeEsdbPosition } from '../../src/event-store/esdb/esdb-mapping';
import { NewEvent } from '../../src/event-store/event-store.port';
import { toPosition } from '../../src/kernel/position';
import { AppendTooLargeError, InvalidPositionError, StoreUnavailableError } from '../../src/event-store/store-errors';
import { metadata, newEvent } from '../support/events';
import { fakeRead, resolvedAt } from './esdb-fakes';

type Append = (stream: string, events: EventData[], options: unknown) => Promise<EsdbAppendResult>;

const written: EsdbAppendResult = { success: true, nextExpectedRevision: 0n, position: { commit: 100n, prepare: 100n } };

/** A client whose calls the test scripts; it records what the adapter sent. */
function fakeClient(script: { append?: Append; reads?: unknown[] } = {}) {
  const appends: Array<{ stream: string; events: EventData[]; options: unknown }> = [];
  const reads = [...(script.reads ?? [])];
  const readOptions: unknown[] = [];
  const client = {
    appendToStream: async (stream: string, events: EventData[], options: unknown) => {
      appends.push({ stream, events, options });
      return (script.append ?? (() => Promise.resolve(written)))(stream, events, options);
    },
    readStream: (_stream: string, options: unknown) => (readOptions.push(options), reads.shift()),
    readAll: (options: unknown) => (readOptions.push(options), reads.shift()),
    subscribeToAll: () => {
      throw new Error('not used');
    },
    dispose: () => Promise.resolve(),
  };
  return { client: client as unknown as EsdbClient, appends, readOptions };
}

const noRetryDelay = { retry: { attempts: 3, firstDelayMs: 0 } };

function failing(...errors: Error[]): Append {
  return () => {
    const error = errors.shift();
    return error ? Promise.reject(error) : Promise.resolve(written);
  };
}

function invalidPosition(): UnknownError {
  const message = '3 INVALID_ARGUMENT: Trying to read from an invalid position.';
  return new UnknownError({
    code: 3,
    details: 'Trying to read from an invalid position.',
    message,
    metadata: { getMap: () => ({}) },
  } as unknown as ServiceError);
}

describe('EsdbEventStore append', () => {
  it("refuses a revision with the client's thrown error and its actual version", async () => {
    const current = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 3n, current: 7n });
    const { client } = fakeClient({ append: failing(current) });
    const error = await new EsdbEventStore(client, noRetryDelay).append('s', [newEvent()], 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ streamId: 's', expected: 3, actual: 7 });
  });

  it('reports a missing stream as no-stream', async () => {
    const missing = new WrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: NO_STREAM });
    const { client } = fakeClient({ append: failing(missing) });
    await expect(new EsdbEventStore(client).append('s', [newEvent()], 0)).rejects.toMatchObject({ actual: 'no-stream' });
  });

  it('never trusts an unsuccessful result (throwOnAppendFailure=false), whose revision the client miscomputes', async () => {
    const { client } = fakeClient({ append: () => Promise.resolve({ success: false, nextExpectedRevision: 1n, position: undefined }) });
    const error = await new EsdbEventStore(client).append('s', [newEvent()], 5).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ConcurrencyError);
    expect((error as Error).message).toMatch(/throwOnAppendFailure=false is not supported/);
  });

  it('refuses an append over the configured size before sending it', async () => {
    const { client, appends } = fakeClient();
    const store = new EsdbEventStore(client, { maxAppendSize: 10_000 });
    const big = [newEvent('Big', { text: 'x'.repeat(6000) }), newEvent('Big', { text: 'y'.repeat(6000) })];
    const error = await store.append('list-1', big, 'no-stream').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppendTooLargeError);
    expect(error).toMatchObject({ streamId: 'list-1', limit: 10_000 });
    expect((error as AppendTooLargeError).bytes).toBeGreaterThan(12_000);
    expect((error as Error).message).toMatch(/more than the event store accepts in one append \(10000 bytes\); nothing was written/);
    expect(appends).toHaveLength(0);
  });

  it("maps the server's MaxAppendSizeExceeded (a lower server limit) to the same clear error", async () => {
    const { client } = fakeClient({ append: failing(MaxAppendSizeExceededError.fromMaxAppendSize(4096)) });
    const error = await new EsdbEventStore(client).append('list-1', [newEvent()], 'no-stream').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppendTooLargeError);
    expect(error).toMatchObject({ limit: 4096 });
  });

  it('retries no-leader and unavailable errors with the same event ids', async () => {
    const metadataOnly = { getMap: () => ({ 'leader-endpoint-host': 'node-2', 'leader-endpoint-port': '2113' }) };
    const notLeader = new NotLeaderError({
      code: 9,
      message: 'not leader',
      details: '',
      metadata: metadataOnly,
    } as unknown as ServiceError);
    const { client, appends } = fakeClient({ append: failing(notLeader, new UnavailableError()) });
    const result = await new EsdbEventStore(client, noRetryDelay).append('s', [newEvent(), newEvent()], 'no-stream');
    expect(result.nextExpectedRevision).toBe(0);
    expect(appends).toHaveLength(3);
    const ids = appends.map((a) => a.events.map((e) => e.id).join());
    expect(new Set(ids).size).toBe(1);
  });

  it('retries a lost answer with the same ids, so that the server recognizes an append it already stored', async () => {
    let attempts = 0;
    const { client, appends, readOptions } = fakeClient({
      // The first attempt was stored but its answer lost; the repeat is answered idempotently, without a position.
      append: () => {
        attempts += 1;
        if (attempts === 1) return Promise.reject(new DeadlineExceededError());
        return Promise.resolve({ success: true, nextExpectedRevision: 0n, position: undefined });
      },
      reads: [fakeRead([resolvedAt(100)])],
    });
    const event: NewEvent = { type: 'Noted', data: {}, metadata: metadata() };
    const result = await new EsdbEventStore(client, noRetryDelay).append('s', [event], 'no-stream');
    expect(result.position).toBe(encodeEsdbPosition({ commit: 100n, prepare: 100n }));
    expect(appends[0].events[0].id).toBe(appends[1].events[0].id);
    expect(readOptions).toHaveLength(1);
  });

  it('gives up after the bounded attempts with a StoreUnavailableError saying whether the write may have landed', async () => {
    const unavailable = fakeClient({ append: failing(new UnavailableError(), new UnavailableError(), new UnavailableError()) });
    const notWritten = await new EsdbEventStore(unavailable.client, noRetryDelay)
      .append('s', [newEvent()], 'no-stream')
      .catch((e: unknown) => e);
    expect(notWritten).toBeInstanceOf(StoreUnavailableError);
    expect(notWritten).toMatchObject({ writeMayHaveLanded: false });
    expect(unavailable.appends).toHaveLength(3);

    const late = fakeClient({ append: failing(new UnavailableError(), new DeadlineExceededError(), new UnavailableError()) });
    const unknown = await new EsdbEventStore(late.client, noRetryDelay).append('s', [newEvent()], 'no-stream').catch((e: unknown) => e);
    expect(unknown).toMatchObject({ writeMayHaveLanded: true });
    expect((unknown as Error).message).toMatch(/may or may not have been stored/);
  });

  it('does not retry other errors', async () => {
    const { client, appends } = fakeClient({ append: failing(new Error('bad request')) });
    await expect(new EsdbEventStore(client, noRetryDelay).append('s', [newEvent()], 'any')).rejects.toThrow('bad request');
    expect(appends).toHaveLength(1);
  });

  it("keeps a $-prefixed metadata key of the engine's through the round trip, so the hash chain verifies", async () => {
    const [chained] = chain('meeting-1', [{ ...newEvent(), metadata: metadata({ $origin: 'import' }) }], -1, null);
    const { client, appends } = fakeClient();
    await new EsdbEventStore(client).append('meeting-1', [chained], 'no-stream');
    const sent = appends[0].events[0];
    const stored = {
      ...resolvedAt(100, { streamId: 'meeting-1', revision: 0n, type: sent.type, data: sent.data, metadata: sent.metadata }),
    };
    const reader = fakeClient({ reads: [fakeRead([stored])] });
    const [read] = await new EsdbEventStore(reader.client).readStream('meeting-1');
    expect(read.metadata.$origin).toBe('import');
    const { previousHash, hash } = read.metadata;
    expect(
      eventHash({
        streamId: 'meeting-1',
        revision: 0,
        type: read.type,
        data: read.data,
        metadata: read.metadata,
        previousHash: previousHash as null,
      }),
    ).toBe(hash);
  });
});

describe('EsdbEventStore reads', () => {
  it('reads after=0 (or any value before the first position) from the start of the log', async () => {
    const { client, readOptions } = fakeClient({ reads: [fakeRead([resolvedAt(10), resolvedAt(20)])] });
    const events = await new EsdbEventStore(client).readAll({ fromPosition: toPosition(0), maxCount: 10 });
    expect(events.map((e) => e.revision)).toEqual([10, 20]);
    expect(readOptions[0]).toMatchObject({ fromPosition: START });
  });

  it("maps the server's InvalidPosition, and a value that is no position, to InvalidPositionError", async () => {
    const position = encodeEsdbPosition({ commit: 5000n, prepare: 4999n });
    const { client } = fakeClient({ reads: [fakeRead([], invalidPosition())] });
    await expect(new EsdbEventStore(client).readAll({ fromPosition: position })).rejects.toBeInstanceOf(InvalidPositionError);
    const none = fakeClient();
    await expect(new EsdbEventStore(none.client).readAll({ fromPosition: toPosition(1n << 32n) })).rejects.toBeInstanceOf(
      InvalidPositionError,
    );
    expect(none.readOptions).toHaveLength(0);
  });

  it('cancels the gRPC read when it fails, when it stops at the count, and when it completes', async () => {
    const failed = fakeRead([resolvedAt(10)], new Error('stream reset'));
    const limited = fakeRead([resolvedAt(10), resolvedAt(20), resolvedAt(30)]);
    const complete = fakeRead([resolvedAt(10)]);
    const { client } = fakeClient({ reads: [failed, limited, complete] });
    const store = new EsdbEventStore(client, { retry: { attempts: 1, firstDelayMs: 0 } });
    await expect(store.readStream('s')).rejects.toThrow('stream reset');
    expect(await store.readStream('s', { maxCount: 1 })).toHaveLength(1);
    expect(await store.readStream('s')).toHaveLength(1);
    expect([failed.cancelled, limited.cancelled, complete.cancelled]).toEqual([true, true, true]);
  });

  it('retries a read that fails with a transient error', async () => {
    const { client } = fakeClient({ reads: [fakeRead([], new UnavailableError()), fakeRead([resolvedAt(10)])] });
    expect(await new EsdbEventStore(client, noRetryDelay).readStream('s')).toHaveLength(1);
  });
});
