import type { AuditEvent } from '../../api/dashboard-queries';

/** One row of the timeline: an event, or several of one type from one request (a bulk proposal, say). */
export interface TimelineRow {
  key: string;
  type: string;
  events: AuditEvent[];
}

/** Events newest first, those of one type from one request gathered into one row. */
export function timelineRows(events: AuditEvent[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const event of events) {
    const last = rows.at(-1);
    const sameRequest = last && last.type === event.type && last.events[0].metadata.correlationId === event.metadata.correlationId;
    if (sameRequest) last.events.push(event);
    else rows.push({ key: event.eventId, type: event.type, events: [event] });
  }
  return rows;
}

/** Organization names by entry id, from the proposals among the events. */
export function organizationNames(events: AuditEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) {
    const organization = event.data.organization as { name?: string } | undefined;
    if (event.type === 'EntryProposed' && typeof event.data.entryId === 'string' && organization?.name)
      names.set(event.data.entryId, organization.name);
  }
  return names;
}
