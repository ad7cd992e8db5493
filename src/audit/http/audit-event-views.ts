import { Position } from '../../event-store/event-store.port';
import { ApiError } from '../../platform/http/api-error';
import { AuditFilter } from '../index/audit-index-query';
import { EventLinks, IndexedStoredEvent } from '../index/audit-history';
import { AuditEventLinksResponse } from './audit-event-links.dto';
import { AuditEventsQuery, AuditEventView } from './audit.dto';

const DEFAULT_LIMIT = 100;

/** `hash` and `previousHash` move out of the metadata, which is then exactly what the hash covers. */
export function toView({ index, event }: IndexedStoredEvent): AuditEventView {
  const { hash, previousHash, ...metadata } = event.metadata;
  return {
    index,
    position: event.position,
    eventId: event.eventId,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    data: event.data as object,
    metadata,
    recordedAt: event.recordedAt,
    hash: typeof hash === 'string' ? hash : null,
    previousHash: typeof previousHash === 'string' ? previousHash : null,
  };
}

export function linksView(links: EventLinks): AuditEventLinksResponse {
  const { causedBy } = links;
  return {
    event: toView(links.event),
    causedBy: 'event' in causedBy ? toView(causedBy.event) : (causedBy.request as AuditEventLinksResponse['causedBy']),
    ledTo: links.ledTo.map(toView),
    sameCommand: links.sameCommand.map(toView),
  };
}

/** The query as the index reads it; what only the fields together can refuse is refused here, field by field. */
export function filterOf(query: AuditEventsQuery): AuditFilter {
  const order = query.order ?? 'asc';
  const problems = [
    ...(query.stream !== undefined && query.streamId !== undefined && query.stream !== query.streamId
      ? [{ field: 'streamId', problems: ['names another stream than `stream` (version 1’s name for it): give one of them'] }]
      : []),
    ...(order === 'desc' && query.after !== undefined
      ? [{ field: 'after', problems: ['pages ascending: with order=desc, page with `before`'] }]
      : []),
    ...(order === 'asc' && query.before !== undefined
      ? [{ field: 'before', problems: ['pages descending: add order=desc, or page ascending with `after`'] }]
      : []),
    ...(query.from && query.to && new Date(query.from) > new Date(query.to)
      ? [{ field: 'to', problems: ['must be at or after `from`'] }]
      : []),
  ];
  if (problems.length > 0) {
    const summary = problems.map((p) => `${p.field}: ${p.problems.join('; ')}`).join(' | ');
    throw new ApiError('VALIDATION_FAILED', `The request is not valid: ${summary}`, problems);
  }
  return {
    meetingId: query.meetingId,
    streamId: query.streamId ?? query.stream,
    types: query.type,
    actorRole: query.actorRole,
    actorState: query.actorState,
    correlationId: query.correlationId,
    from: query.from && new Date(query.from).toISOString(),
    to: query.to && new Date(query.to).toISOString(),
    order,
    cursor: (order === 'asc' ? query.after : query.before) as Position | undefined,
    limit: query.limit ?? DEFAULT_LIMIT,
  };
}
