import { useMutation, useQueries, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { unwrap, type Schemas } from './client';
import { ApiProblem } from './problem';
import { useMeetings } from './queries';

export type ListView = Schemas['ListResponse'];
export type EntryView = Schemas['EntryView'];
export type BasisRequest = Schemas['BasisRequestView'];
export type PanelView = Schemas['PanelView'];
export type SpeakerLevel = Schemas['InscriptionDto']['level'];

/** A segment of a meeting's programme (the meeting view types `programme` loosely). */
export interface ProgrammeSegment {
  id: string;
  kind: 'opening-plenary' | 'plenary' | 'panel' | 'closing-plenary';
  title: string;
  startsAt: string;
  endsAt?: string;
}

export const listKey = (meetingId: string, listId: string): QueryKey => ['list', meetingId, listId];

export function useList(meetingId: string, listId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: listKey(meetingId, listId),
    queryFn: () => unwrap(api.GET('/v1/meetings/{meetingId}/lists/{listId}', { params: { path: { meetingId, listId } } })),
  });
}

export function useBasisRequests(enabled: boolean) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['basis-requests'],
    queryFn: async () => (await unwrap(api.GET('/v1/member-states/me/basis-requests'))).requests,
    enabled,
  });
}

interface EntryPath {
  meetingId: string;
  listId: string;
  entryId: string;
}

/** Every change to an entry refreshes the list, the landing page and the basis requests. */
function useEntryMutation<Input>(run: (path: EntryPath, input: Input) => Promise<unknown>, meetingId: string, listId: string) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, input }: { entryId: string; input: Input }) => run({ meetingId, listId, entryId }, input),
    onSuccess: () =>
      Promise.all([
        queries.invalidateQueries({ queryKey: listKey(meetingId, listId) }),
        queries.invalidateQueries({ queryKey: ['pending'] }),
        queries.invalidateQueries({ queryKey: ['basis-requests'] }),
      ]),
  });
}

export function useObject(meetingId: string, listId: string) {
  const { api } = useSession();
  return useEntryMutation<Schemas['ObjectionDto']>(
    (path, body) => unwrap(api.POST('/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections', { params: { path }, body })),
    meetingId,
    listId,
  );
}

export function useWithdrawObjection(meetingId: string, listId: string) {
  const { api } = useSession();
  return useEntryMutation<void>(
    (path) => unwrap(api.DELETE('/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections/mine', { params: { path } })),
    meetingId,
    listId,
  );
}

export function useDisownObjection(meetingId: string, listId: string) {
  const { api } = useSession();
  return useEntryMutation<void>(
    (path) =>
      unwrap(api.DELETE('/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/objections/on-behalf/mine', { params: { path } })),
    meetingId,
    listId,
  );
}

export function useRequestBasis(meetingId: string, listId: string) {
  const { api } = useSession();
  return useEntryMutation<void>(
    (path) => unwrap(api.POST('/v1/meetings/{meetingId}/lists/{listId}/entries/{entryId}/basis-requests', { params: { path } })),
    meetingId,
    listId,
  );
}

/** Every meeting's panels, for the chair invitations addressed to the caller's State. */
export function useAllPanels() {
  const { api } = useSession();
  const meetings = useMeetings();
  const ids = (meetings.data ?? []).map((meeting) => meeting.id);
  const panels = useQueries({
    queries: ids.map((meetingId) => ({
      queryKey: ['panels', meetingId],
      queryFn: async () =>
        (await unwrap(api.GET('/v1/meetings/{meetingId}/panels', { params: { path: { meetingId } } }))).panels.map((panel) => ({
          ...panel,
          meetingId,
        })),
    })),
  });
  return {
    meetings,
    isPending: meetings.isPending || panels.some((query) => query.isPending),
    error: meetings.error ?? panels.find((query) => query.error)?.error,
    panels: panels.flatMap((query) => query.data ?? []),
  };
}

export function useRespondToInvitation() {
  const { api } = useSession();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, panelId, accept }: { meetingId: string; panelId: string; accept: boolean }) =>
      unwrap(
        api.POST('/v1/meetings/{meetingId}/panels/{panelId}/chair-invitation/response', {
          params: { path: { meetingId, panelId } },
          body: { accept },
        }),
      ),
    onSuccess: (_answer, { meetingId }) => queries.invalidateQueries({ queryKey: ['panels', meetingId] }),
  });
}

export function useSpeakers(meetingId: string | undefined) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['speakers', meetingId],
    queryFn: () => unwrap(api.GET('/v1/meetings/{meetingId}/speakers', { params: { path: { meetingId: meetingId! } } })),
    enabled: Boolean(meetingId),
  });
}

export function useInscribe(meetingId: string) {
  const { api } = useSession();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['InscriptionDto']) =>
      unwrap(api.POST('/v1/meetings/{meetingId}/speakers', { params: { path: { meetingId } }, body })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['speakers', meetingId] }),
  });
}

export function useWithdrawInscription(meetingId: string) {
  const { api } = useSession();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (segmentId: string) =>
      unwrap(api.DELETE('/v1/meetings/{meetingId}/speakers/mine', { params: { path: { meetingId }, query: { segmentId } } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['speakers', meetingId] }),
  });
}

const WEBHOOK_KEY: QueryKey = ['webhook'];

/** The address registered for the caller's State and when (never the secret); null while none is (404). */
export function useRegisteredWebhook() {
  const { api } = useSession();
  return useQuery({
    queryKey: WEBHOOK_KEY,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/v1/member-states/me/webhook'));
      } catch (problem) {
        if (problem instanceof ApiProblem && problem.status === 404) return null;
        throw problem;
      }
    },
  });
}

/** The signing secret comes back only in these answers: the caller keeps it in memory, never in the query cache. */
export function useRegisterWebhook() {
  const { api } = useSession();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (url: string) => unwrap(api.PUT('/v1/member-states/me/webhook', { body: { url } })),
    onSuccess: () => queries.invalidateQueries({ queryKey: WEBHOOK_KEY }),
  });
}

export function useRotateWebhookSecret() {
  const { api } = useSession();
  return useMutation({ mutationFn: () => unwrap(api.POST('/v1/member-states/me/webhook/secret')) });
}
