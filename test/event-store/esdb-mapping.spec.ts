import {
  ANY,
  AllStreamResolvedEvent,
  MaxAppendSizeExceededError,
  NO_STREAM,
  ResolvedEvent,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { ConcurrencyError } from '../../src/event-store/concurrency.error';
import {
  decodeEsdbPosition,
  encodeEsdbPosition,
  fromResolvedEvent,
  mapAppendError,
  readFromAfter,
  toEsdbExpectedRevision,
  toJsonEvent,
} from '../../src/event-store/esdb/esdb-mapping';
import { EventMetadata, NewEvent } from '../../src/event-store/event-store.port';
import { Position, comparePositions, toPosition } from '../../src/kernel/position';
import { AppendTooLargeError, InvalidPositionError } from '../../src/event-store/store-errors';

const SPAN = 1n << 32n;
const NEAR_2_63 = (1n << 63n) - 1n;
const UNKNOWN = (1n << 64n) - 1n;

const metadata: EventMetadata = {
  correlationId: 'corr-1',
  causationId: 'cause-1',
  actor: { role: 'pga', subject: 'alice' },
  occurredAt: '2025-09-22T10:00:00.000Z',
  schemaVersion: 1,
  tenant: 'unga-80',
};

function recorded(overrides: Record<string, unknown> = {}): AllStreamResolvedEvent {
  const event = {
    streamId: 'delegation-42',
    id: '1b0a6d43-3c1e-4f3a-9f59-0a4d6f1f2f10',
    isJson: true,
    revision: 7n,
    type: 'DelegationSubmitted',
    created: new Date('2025-09-22T10:00:01.234Z'),
    data: { name: 'Ruritania' },
    metadata: { ...metadata, $correlationId: 'corr-1', $causationId: 'cause-1' },
    position: { commit: 5000n, prepare: 4900n },
    ...overrides,
  };
  return { event } as AllStreamResolvedEvent;
}

describe('toEsdbExpectedRevision', () => {
  it('maps the three kinds of expectation', () => {
    expect(toEsdbExpectedRevision('no-stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
  });
});

describe('EventStoreDB position encoding', () => {
  it.each([
    { commit: 0n, prepare: 0n },
    { commit: 1234n, prepare: 1234n },
    { commit: 1234n, prepare: 1000n },
    { commit: SPAN, prepare: 1n },
    { commit: NEAR_2_63, prepare: NEAR_2_63 },
    { commit: NEAR_2_63, prepare: NEAR_2_63 - (SPAN - 1n) },
    { commit: UNKNOWN - 1n, prepare: UNKNOWN - 1n },
  ])('round-trips C:$commit/P:$prepare', (position) => {
    const encoded = encodeEsdbPosition(position);
    expect(encoded).toMatch(/^(0|[1-9][0-9]*)$/);
    expect(decodeEsdbPosition(encoded)).toEqual(position);
  });

  it('orders events of one commit by prepare position', () => {
    const positions = [10n, 20n, 30n].map((prepare) => encodeEsdbPosition({ commit: 30n, prepare }));
    expect(comparePositions(positions[0], positions[1])).toBe(-1);
    expect(comparePositions(positions[1], positions[2])).toBe(-1);
  });

  it('orders by commit first, whatever the prepare positions', () => {
    const earlier = encodeEsdbPosition({ commit: SPAN + 100n, prepare: SPAN + 100n });
    const later = encodeEsdbPosition({ commit: SPAN + 101n, prepare: 102n });
    expect(comparePositions(earlier, later)).toBe(-1);
  });

  it('preserves (commit, prepare) order for large positions', () => {
    const pairs = [
      { commit: NEAR_2_63, prepare: NEAR_2_63 },
      { commit: NEAR_2_63, prepare: NEAR_2_63 - 5n },
      { commit: NEAR_2_63 - 1n, prepare: NEAR_2_63 - 1n },
      { commit: 1n << 40n, prepare: (1n << 40n) - 12345n },
      { commit: 7n, prepare: 3n },
    ];
    const byPair = [...pairs].sort((a, b) => cmp(a.commit, b.commit) || cmp(a.prepare, b.prepare));
    const byEncoding = [...pairs].sort((a, b) => comparePositions(encodeEsdbPosition(a), encodeEsdbPosition(b)));
    expect(byEncoding).toEqual(byPair);
  });

  it('rejects positions it cannot encode', () => {
    expect(() => encodeEsdbPosition({ commit: 10n, prepare: 11n })).toThrow(RangeError);
    expect(() => encodeEsdbPosition({ commit: SPAN, prepare: 0n })).toThrow(RangeError);
    expect(() => encodeEsdbPosition({ commit: 0n, prepare: -1n })).toThrow(RangeError);
  });

  it('refuses the unknown position (2^64-1) rather than encoding a huge number', () => {
    expect(() => encodeEsdbPosition({ commit: UNKNOWN, prepare: UNKNOWN })).toThrow(/unknown position/);
    expect(() => encodeEsdbPosition({ commit: UNKNOWN, prepare: 5n })).toThrow(RangeError);
    expect(() => encodeEsdbPosition({ commit: 5n, prepare: UNKNOWN })).toThrow(RangeError);
  });

  it('rejects strings that are not encoded positions', () => {
    for (const bad of ['', '-1', '01', '1.5', 'abc']) {
      expect(() => decodeEsdbPosition(bad as Position)).toThrow(InvalidPositionError);
    }
    // Below the encoding of C:0/P:0 the prepare position would be negative.
    expect(() => decodeEsdbPosition(toPosition(0))).toThrow(InvalidPositionError);
    expect(() => decodeEsdbPosition(toPosition(SPAN - 2n))).toThrow(RangeError);
  });
});

describe('readFromAfter', () => {
  it('reads from the start for nothing, 0, or any value before the first position', () => {
    expect(readFromAfter(undefined)).toBe(START);
    expect(readFromAfter(toPosition(0))).toBe(START);
    expect(readFromAfter(toPosition(SPAN - 2n))).toBe(START);
  });

  it('decodes a position at or after the first one', () => {
    expect(readFromAfter(toPosition(SPAN - 1n))).toEqual({ commit: 0n, prepare: 0n });
    const position = { commit: 5000n, prepare: 4900n };
    expect(readFromAfter(encodeEsdbPosition(position))).toEqual(position);
  });

  it('refuses a value that decodes to no position, as a 400-mapped InvalidPositionError', () => {
    expect(() => readFromAfter(toPosition(SPAN))).toThrow(InvalidPositionError);
    expect(() => readFromAfter('12abc' as Position)).toThrow(InvalidPositionError);
  });
});

describe('toJsonEvent', () => {
  const event: NewEvent = { type: 'DelegationSubmitted', data: { name: 'Ruritania' }, metadata };

  it('carries our metadata plus $correlationId and $causationId', () => {
    const json = toJsonEvent(event);
    expect(json.contentType).toBe('application/json');
    expect(json.type).toBe('DelegationSubmitted');
    expect(json.data).toEqual({ name: 'Ruritania' });
    expect(json.metadata).toEqual({ ...metadata, $correlationId: 'corr-1', $causationId: 'cause-1' });
  });

  it("refuses engine metadata that carries the client's own keys (the stored metadata would differ from the hashed one)", () => {
    expect(() => toJsonEvent({ ...event, metadata: { ...metadata, $causationId: 'other' } })).toThrow(/\$causationId/);
  });

  it('generates an id when absent and keeps a given one', () => {
    const first = toJsonEvent(event).id;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toJsonEvent(event).id).not.toBe(first);
    const eventId = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(toJsonEvent({ ...event, eventId }).id).toBe(eventId);
  });
});

describe('fromResolvedEvent', () => {
  it("maps a recorded event and strips the client's $correlationId and $causationId", () => {
    expect(fromResolvedEvent(recorded())).toEqual({
      eventId: '1b0a6d43-3c1e-4f3a-9f59-0a4d6f1f2f10',
      streamId: 'delegation-42',
      revision: 7,
      position: encodeEsdbPosition({ commit: 5000n, prepare: 4900n }),
      type: 'DelegationSubmitted',
      data: { name: 'Ruritania' },
      metadata,
      recordedAt: '2025-09-22T10:00:01.234Z',
    });
  });

  it('falls back to the commit position when the event has none', () => {
    const resolved = { ...recorded({ position: undefined }), commitPosition: 6000n } as ResolvedEvent;
    expect(fromResolvedEvent(resolved)?.position).toBe(encodeEsdbPosition({ commit: 6000n, prepare: 6000n }));
  });

  it('throws rather than dropping an event without any position', () => {
    expect(() => fromResolvedEvent(recorded({ position: undefined }))).toThrow(/no known position/);
  });

  it('does not use an unknown position (2^64-1): the commit position stands in, or the event is refused', () => {
    const unknown = { commit: UNKNOWN, prepare: UNKNOWN };
    const withCommit = { ...recorded({ position: unknown }), commitPosition: 6000n } as ResolvedEvent;
    expect(fromResolvedEvent(withCommit)?.position).toBe(encodeEsdbPosition({ commit: 6000n, prepare: 6000n }));
    const nothingKnown = { ...recorded({ position: unknown }), commitPosition: UNKNOWN } as ResolvedEvent;
    expect(() => fromResolvedEvent(nothingKnown)).toThrow(/no known position/);
  });

  it('keeps every other $-prefixed metadata key, which the hash chain covers', () => {
    const engineMetadata = { ...metadata, $schema: 'v2', nested: { $ref: 'x' } };
    const resolved = recorded({ metadata: { ...engineMetadata, $correlationId: 'corr-1', $causationId: 'cause-1' } });
    expect(fromResolvedEvent(resolved)?.metadata).toEqual(engineMetadata);
  });

  it('accepts a creation time in .NET ticks since the Unix epoch', () => {
    const ticks = BigInt(Date.parse('2025-09-22T10:00:01.234Z')) * 10_000n + 5678n;
    expect(fromResolvedEvent(recorded({ created: ticks }))?.recordedAt).toBe('2025-09-22T10:00:01.234Z');
  });

  it('skips system events and unresolved links', () => {
    expect(fromResolvedEvent(recorded({ type: '$metadata' }))).toBeUndefined();
    expect(fromResolvedEvent({})).toBeUndefined();
  });
});

describe('mapAppendError', () => {
  it('maps a wrong expected version to a ConcurrencyError with the actual revision', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 's-1', expected: 3n, current: 5n });
    const mapped = mapAppendError(error, 's-1', 3);
    expect(mapped).toBeInstanceOf(ConcurrencyError);
    expect(mapped).toMatchObject({ streamId: 's-1', expected: 3, actual: 5 });
  });

  it('reports a missing stream as no-stream', () => {
    const error = new WrongExpectedVersionError(undefined, { streamName: 's-1', expected: 0n, current: NO_STREAM });
    expect(mapAppendError(error, 's-1', 0)).toMatchObject({ expected: 0, actual: 'no-stream' });
  });

  it("maps the server's append size limit to AppendTooLargeError with the server's limit", () => {
    const mapped = mapAppendError(MaxAppendSizeExceededError.fromMaxAppendSize(1048576), 's-1', 3, 2_000_000);
    expect(mapped).toBeInstanceOf(AppendTooLargeError);
    expect(mapped).toMatchObject({ streamId: 's-1', bytes: 2_000_000, limit: 1048576 });
  });

  it('returns other errors unchanged', () => {
    const other = new StreamNotFoundError(undefined, 's-1');
    expect(mapAppendError(other, 's-1', 'any')).toBe(other);
    const plain = new Error('boom');
    expect(mapAppendError(plain, 's-1', 'no-stream')).toBe(plain);
  });
});

function cmp(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
