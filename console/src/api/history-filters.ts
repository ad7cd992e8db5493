import type { paths } from './schema';

type EventsQuery = NonNullable<paths['/v1/audit/events']['get']['parameters']['query']>;
export type ActorRole = NonNullable<EventsQuery['actorRole']>;

/** The History's filters, named as `GET /v1/audit/events` names them (and as the page's address keeps them). */
export interface HistoryFilters {
  meetingId?: string;
  streamId?: string;
  type: string[];
  actorRole?: ActorRole;
  actorState?: string;
  correlationId?: string;
  from?: string;
  to?: string;
  order: 'asc' | 'desc';
}

/** Every filter cleared, the order kept. */
export const NO_FILTER: Omit<HistoryFilters, 'order'> = {
  meetingId: undefined,
  streamId: undefined,
  type: [],
  actorRole: undefined,
  actorState: undefined,
  correlationId: undefined,
  from: undefined,
  to: undefined,
};
