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
  START,
  jsonEvent,
} from '@eventstore/db-client';
import { EventMetadata, ExpectedRevision, NewEvent, StoredEvent } from '../event-store.port';
import { Position, isPosition, toPosition } from '../../kernel/position';
import { InvalidPositionError } from '../store-errors';

export { mapAppendError } from './esdb-errors';

const SPAN = 1n << 32n;
/** The encoding of C:0/P:0, the lowest position there is. */
const FIRST = SPAN - 1n;
/** The server's "no position" (an unsigned -1). */
const UNKNOWN = (1n << 64n) - 1n;
const TICKS_PER_MS = 10_000n;
/** Metadata keys the client writes for the server's own use; the engine's metadata must not carry them. */
const CLIENT_KEYS = ['$correlationId', '$causationId'] as const;

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
  if (commit === UNKNOWN || prepare === UNKNOWN) throw new RangeError(`EventStoreDB reported an unknown position C:${commit}/P:${prepare}`);
  const distance = commit - prepare;
  if (prepare < 0n || distance < 0n || distance >= SPAN) {
    throw new RangeError(`Unsupported EventStoreDB position C:${commit}/P:${prepare}`);
  }
  return toPosition(commit * SPAN + (SPAN - 1n - distance));
}

export function decodeEsdbPosition(position: Position): EsdbPosition {
  if (!isPosition(position)) throw new InvalidPositionError(JSON.stringify(position));
  const value = BigInt(position);
  const commit = value / SPAN;
  const prepare = commit - (SPAN - 1n - (value % SPAN));
  if (prepare < 0n) throw new InvalidPositionError(position);
  return { commit, prepare };
}

/** Where a read strictly after `position` starts: a value below the lowest position means the start of the log. */
export function readFromAfter(position: Position | undefined): EsdbPosition | typeof START {
  if (position === undefined || (isPosition(position) && BigInt(position) < FIRST)) return START;
  return decodeEsdbPosition(position);
}

/** The client's `$correlationId`/`$causationId` are added; the engine's own metadata may not use those keys. */
export function toJsonEvent(event: NewEvent): EventData {
  const { correlationId, causationId } = event.metadata;
  const clash = CLIENT_KEYS.find((key) => key in event.metadata);
  if (clash) throw new TypeError(`Event metadata may not carry ${clash}: EventStoreDB's client sets it.`);
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
 * appended over gRPC. Throws when neither is reported (or known) rather than dropping the event silently.
 */
export function fromResolvedEvent(resolved: ResolvedEvent | AllStreamResolvedEvent): StoredEvent | undefined {
  const event = resolved.event;
  if (!event || event.type.startsWith('$')) return undefined;
  const esdbPosition = known(event.position) ?? known(commitOnly(resolved.commitPosition));
  if (!esdbPosition) throw new Error(`EventStoreDB reported no known position for event ${event.id}`);
  return {
    eventId: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: encodeEsdbPosition(esdbPosition),
    type: event.type,
    data: event.data,
    metadata: withoutClientKeys(event.metadata),
    recordedAt: toIsoInstant(event.created),
  };
}

function commitOnly(commit: bigint | undefined): EsdbPosition | undefined {
  return commit === undefined ? undefined : { commit, prepare: commit };
}

function known(position: EsdbPosition | undefined): EsdbPosition | undefined {
  return position && position.commit !== UNKNOWN && position.prepare !== UNKNOWN ? position : undefined;
}

/** Only the client's keys go: any other key, `$`-prefixed or not, is covered by the event's hash. */
function withoutClientKeys(metadata: unknown): EventMetadata {
  const isObject = typeof metadata === 'object' && metadata !== null && !ArrayBuffer.isView(metadata);
  const copy: Record<string, unknown> = { ...(isObject ? metadata : {}) };
  for (const key of CLIENT_KEYS) delete copy[key];
  return copy as EventMetadata;
}

/** 6.x gives a Date; older clients gave .NET ticks (100 ns) since the Unix epoch. */
function toIsoInstant(created: unknown): string {
  if (created instanceof Date) return created.toISOString();
  if (typeof created === 'bigint' || typeof created === 'number') {
    return new Date(Number(BigInt(created) / TICKS_PER_MS)).toISOString();
  }
  throw new TypeError(`Unexpected event creation time: ${String(created)}`);
}
