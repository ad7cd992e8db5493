import { Position, StoredEvent } from '../../event-store/event-store.port';

/** What the index keeps of one event: the columns its filters and causation links read. */
export interface AuditIndexRow {
  position: Position;
  eventId: string;
  streamId: string;
  revision: number;
  meetingId: string | null;
  type: string;
  actorRole: string | null;
  actorState: string | null;
  correlationId: string | null;
  causationId: string | null;
  /** The kind of command whose first event this is (`metadata.command.kind`); null on the command's other events. */
  command: string | null;
  recordedAt: string;
}

/** A row as the index answers it, with its 0-based place in the log. */
export interface IndexedEvent extends AuditIndexRow {
  idx: number;
}

/** The SELECT list that reads an IndexedEvent. */
export const INDEXED_COLUMNS =
  'idx, position, event_id AS eventId, stream_id AS streamId, revision, meeting_id AS meetingId, type, ' +
  'actor_role AS actorRole, actor_state AS actorState, correlation_id AS correlationId, causation_id AS causationId, ' +
  'command, recorded_at AS recordedAt';

/** Positions are decimal strings of up to 40 digits: padded, their text order is their numeric order. */
export function positionKey(position: Position): string {
  return position.padStart(40, '0');
}

export function indexRowOf(event: StoredEvent, meetingOf: (streamId: string) => string | undefined): AuditIndexRow {
  const { actor, correlationId, causationId, command } = event.metadata;
  return {
    position: event.position,
    eventId: event.eventId,
    streamId: event.streamId,
    revision: event.revision,
    meetingId: meetingOf(event.streamId) ?? null,
    type: event.type,
    actorRole: text(actor?.role),
    actorState: text(actor?.state),
    correlationId: text(correlationId),
    causationId: text(causationId),
    command: text((command as { kind?: unknown } | undefined)?.kind),
    recordedAt: event.recordedAt,
  };
}

/** Metadata is as stored: a field of an unexpected type is not indexed rather than trusted. */
function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
