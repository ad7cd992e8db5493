import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useSession } from '../auth/session';
import { newIdempotencyKey, unwrap, type Schemas } from './client';

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

/** The newest events of a meeting: one page of the audit log, filtered by meeting, newest first. */
/** How many of a meeting's newest events its timeline reads: the rows shown come from them (a bulk proposal of hundreds is one row). */
export const TIMELINE_LIMIT = 1000;

export function useTimeline(meetingId: string, limit: number, enabled: boolean) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['timeline', meetingId, limit],
    enabled,
    queryFn: async () => (await unwrap(api.GET('/v1/audit/events', { params: { query: { meetingId, order: 'desc', limit } } }))).events,
    refetchInterval: 60_000,
  });
}
