/** A TanStack Query key (its own type, `ReadonlyArray<unknown>`: this file and the reader load without React, in Node tests too). */
export type QueryKey = readonly unknown[];

/** One message of GET /v1/events/stream: a view of a meeting (or of one of its lists) changed at `position`. */
export interface LiveChange {
  position: string;
  meetingId: string;
  listId?: string;
  view: string;
}

/**
 * The TanStack Query keys that show each view (the keys of console/src/api/*-queries.ts): the one place that
 * says what a live change makes stale. A key is a prefix: ['list', m] covers every list of meeting m.
 */
export function keysOf({ view, meetingId, listId }: LiveChange): QueryKey[] {
  // The PGA's dashboard timeline reads the meeting's events: any change of the meeting adds one.
  const timeline = ['timeline', meetingId];
  switch (view) {
    case 'meetings':
      return [['meetings']];
    case 'meeting':
      return [['meeting', meetingId], timeline];
    case 'lists':
      return [['lists', meetingId], timeline];
    case 'list':
      return [listId ? ['list', meetingId, listId] : ['list', meetingId], ['arrangements', meetingId, 'ecosoc-approved'], timeline];
    case 'panels':
      return [['panels', meetingId], ['arrangements', meetingId, 'panels'], timeline];
    case 'speakers':
      return [['speakers', meetingId], ['arrangements', meetingId, 'speakers'], timeline];
    case 'summary':
      return [['summary', meetingId], timeline];
    case 'pending':
      return [['pending']];
    case 'basis-requests':
      return [['basis-requests']];
    default:
      return []; // a view this console does not show
  }
}
