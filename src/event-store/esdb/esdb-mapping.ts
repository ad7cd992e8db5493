import { randomUUID } from 'node:crypto';
import {
  ANY,
  AllStreamResolvedEvent,
  AppendExpectedRevision,
  EventData,
  JSONType,
  NO_STREAM,
  Position as EsdbPosition,
  ResolvedEvent,
  WrongExpectedVersionError,
  jsonEvent,
} from '@eventstore/db-client';
import { ConcurrencyError } from '../concurrency.error';
import { EventMetadata, ExpectedRevision, NewEvent, StoredEvent } from '../event-store.port';
import { Position, isPosition, toPosition } from '../../kernel/position';

const SPAN = 1n << 32n;
const TICKS_PER_MS = 10_000n;

export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'no-stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return BigInt(expected);
}

/**
 * One integer ordered like (commit, prepare): the high part is the commit position, the low 32
 * bits hold the prepare's distance below it, inverted so that a later prepare sorts higher.
 */
export function encodeEsdbPosition({ commit, prepare }: EsdbPosition): Position {
  const distance = commit - prepare;
  if (prepare < 0n || distance < 0n || distance >= SPAN) {
    throw new RangeError(`Unsupported EventStoreDB position C:${commit}/P:${prepare}`);
  }
  return toPosition(commit * SPAN + (SPAN - 1n - distance));
}

export function decodeEsdbPosition(position: Position): EsdbPosition {
  if (!isPosition(position)) throw new RangeError(`Not a position: ${JSON.stringify(position)}`);
  const value = BigInt(position);
  const commit = value / SPAN;
  const prepare = commit - (SPAN - 1n - (value % SPAN));
  if (prepare < 0n) throw new RangeError(`Not an EventStoreDB position: ${position}`);
  return { commit, prepare };
}

export function toJsonEvent(event: NewEvent): EventData {
  const { correlationId, causationId } = event.metadata;
  return jsonEvent({
    id: event.eventId ?? randomUUID(),
    type: event.type,
    data: event.data as JSONType,
    metadata: { ...event.metadata, $correlationId: correlationId, $causationId: causationId },
  });
}

/**
 * Undefined for unresolved links and system events (`$` types). The position is the event's own
 * commit/prepare pair (always present on `$all` reads and subscriptions, and on stream reads from
 * servers >= 22.6); otherwise `commitPosition` with prepare = commit, which is exact for events
 * appended over gRPC. Throws when neither is reported rather than dropping the event silently.
 */
export function fromResolvedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): StoredEvent | undefined {
  const event = resolved.event;
  if (!event || event.type.startsWith('$')) return undefined;
  const esdbPosition =
    event.position ??
    (resolved.commitPosition === undefined
      ? undefined
      : { commit: resolved.commitPosition, prepare: resolved.commitPosition });
  if (!esdbPosition) throw new Error(`EventStoreDB reported no position for event ${event.id}`);
  return {
    eventId: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: encodeEsdbPosition(esdbPosition),
    type: event.type,
    data: event.data,
    metadata: withoutSystemKeys(event.metadata),
    recordedAt: toIsoInstant(event.created),
  };
}

export function mapAppendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
  if (!(error instanceof WrongExpectedVersionError)) return error;
  const actual = error.actualVersion === NO_STREAM ? 'no-stream' : Number(error.actualVersion);
  return new ConcurrencyError(streamId, expected, actual);
}

function withoutSystemKeys(metadata: unknown): EventMetadata {
  const isObject = typeof metadata === 'object' && metadata !== null && !ArrayBuffer.isView(metadata);
  const source = isObject ? metadata : {};
  const entries = Object.entries(source).filter(([key]) => !key.startsWith('$'));
  return Object.fromEntries(entries) as EventMetadata;
}

/** 6.x gives a Date; older clients gave .NET ticks (100 ns) since the Unix epoch. */
function toIsoInstant(created: unknown): string {
  if (created instanceof Date) return created.toISOString();
  if (typeof created === 'bigint' || typeof created === 'number') {
    return new Date(Number(BigInt(created) / TICKS_PER_MS)).toISOString();
  }
  throw new TypeError(`Unexpected event creation time: ${String(created)}`);
}
