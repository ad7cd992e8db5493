import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useSession } from '../auth/session';
import { newIdempotencyKey, unwrap, type Api, type Schemas } from './client';

export type ListSummary = Schemas['ListSummaryView'];
export type ListView = Schemas['ListResponse'];
export type AuditEvent = Schemas['AuditEventView'];
export type Panel = Schemas['PanelView'];

/** A segment of the meeting view's programme (the OpenAPI document leaves its items untyped). */
export interface Segment {
  id: string;
  kind: 'opening-plenary' | 'plenary' | 'panel' | 'closing-plenary';
  title: string;
  startsAt: string;
}

export function useMeetingLists(meetingId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['lists', meetingId],
    queryFn: async () => (await unwrap(api.GET('/v1/meetings/{meetingId}/lists', { params: { path: { meetingId } } }))).lists,
    // The engine closes batches by itself at their deadlines: the next deadline moves on without a reload.
    refetchInterval: 30_000,
  });
}

/** Each list in full (entries and representation), under the key the list page uses too. */
export function useListViews(meetingId: string, listIds: string[]) {
  const { api } = useSession();
  return useQueries({
    queries: listIds.map((listId) => ({
      queryKey: ['list', meetingId, listId],
      queryFn: () => unwrap(api.GET('/v1/meetings/{meetingId}/lists/{listId}', { params: { path: { meetingId, listId } } })),
      refetchInterval: 60_000,
    })),
  });
}

export function usePanels(meetingId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['panels', meetingId],
    queryFn: async () => (await unwrap(api.GET('/v1/meetings/{meetingId}/panels', { params: { path: { meetingId } } }))).panels,
  });
}

export function useCreateList(meetingId: string) {
  const { api } = useSession();
  const queries = useQueryClient();
  // One key per list being created: a second click, or a retry after a lost answer, creates nothing twice.
  const idempotencyKey = useRef(newIdempotencyKey());
  return useMutation({
    mutationFn: (body: Schemas['CreateListDto']) =>
      unwrap(
        api.POST('/v1/meetings/{meetingId}/lists', {
          params: { path: { meetingId } },
          body,
          headers: { 'idempotency-key': idempotencyKey.current },
        }),
      ),
    onSuccess: async () => {
      idempotencyKey.current = newIdempotencyKey();
      await queries.invalidateQueries({ queryKey: ['lists', meetingId] });
      await queries.invalidateQueries({ queryKey: ['timeline', meetingId] });
    },
  });
}

/** Pages read per stream at most: the log is read forwards only, so a very long stream shows its first pages. */
const MAX_PAGES = 10;
const PAGE = 1000;

/** Every event of one stream, in global order (the audit log has no "newest first"). */
async function streamEvents(api: Api, stream: string): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let after: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = { stream, limit: PAGE, ...(after ? { after } : {}) };
    const answer = await unwrap(api.GET('/v1/audit/events', { params: { query } }));
    events.push(...answer.events);
    if (!answer.next) break;
    after = answer.next;
  }
  return events;
}

/** The meeting's streams' events (meeting, lists, arrangements, lists of speakers), the newest first. */
export function useTimeline(meetingId: string, streams: string[], enabled: boolean) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['timeline', meetingId, streams],
    enabled,
    queryFn: async () => {
      const all = (await Promise.all(streams.map((stream) => streamEvents(api, stream)))).flat();
      return all.sort((a, b) => Number(BigInt(b.position) - BigInt(a.position)));
    },
    refetchInterval: 60_000,
  });
}
