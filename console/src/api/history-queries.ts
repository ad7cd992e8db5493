import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, usePrefetchInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { unwrap, type Api, type Schemas } from './client';
import type { HistoryFilters } from './history-filters';

export type { ActorRole, HistoryFilters } from './history-filters';

export type AuditEvent = Schemas['AuditEventView'];
export type AuditEventLinks = Schemas['AuditEventLinksResponse'];
export type RequestCause = Schemas['AuditRequestCauseView'];

const PAGE = 200;
/**
 * A first page read just before its page shows (usePrefetchHistory, while the page's code loads) is not read
 * again when the page mounts; the History has no live updates, so returning to it later reads it afresh.
 */
const FRESH_MS = 10_000;

/** The audit log page after page (newest first by default): `next` is the cursor of the page after. */
export function historyQuery(api: Api, filters: HistoryFilters) {
  const cursor = filters.order === 'desc' ? 'before' : 'after';
  return infiniteQueryOptions({
    queryKey: ['history', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => {
      const { type, ...rest } = filters;
      const query = { ...rest, ...(type.length > 0 ? { type } : {}), limit: PAGE, ...(pageParam ? { [cursor]: pageParam } : {}) };
      return unwrap(api.GET('/v1/audit/events', { params: { query } }));
    },
    getNextPageParam: (last) => last.next ?? undefined,
    staleTime: FRESH_MS,
  });
}

export function useHistory(filters: HistoryFilters) {
  const { api } = useSession();
  return useInfiniteQuery({ ...historyQuery(api, filters), placeholderData: keepPreviousData });
}

/** Asks for the History's first page during render, before the page that shows it (and its code) is there. */
export function usePrefetchHistory(filters: HistoryFilters): void {
  const { api } = useSession();
  usePrefetchInfiniteQuery(historyQuery(api, filters));
}

/** One event with what caused it, what it led to and its command's other events. */
export function useAuditEvent(position: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['history-event', position],
    queryFn: () => unwrap(api.GET('/v1/audit/events/{position}', { params: { path: { position } } })),
    staleTime: Infinity,
  });
}

export function isRequestCause(cause: AuditEventLinks['causedBy']): cause is RequestCause {
  return !('eventId' in cause);
}
