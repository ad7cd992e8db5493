import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { unwrap, type Schemas } from './client';

export type ReferenceState = Schemas['ReferenceStateView'];

/** The reference list of Member States and observers (public; it changes only with the engine). */
export function useReferenceStates() {
  const { api } = useSession();
  return useQuery({
    queryKey: ['reference', 'states'],
    queryFn: async () => (await unwrap(api.GET('/v1/reference/states'))).states,
    staleTime: Infinity,
  });
}

export function useMeetings() {
  const { api } = useSession();
  return useQuery({ queryKey: ['meetings'], queryFn: async () => (await unwrap(api.GET('/v1/meetings'))).meetings });
}

export function useMeeting(meetingId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['meeting', meetingId],
    queryFn: () => unwrap(api.GET('/v1/meetings/{meetingId}', { params: { path: { meetingId } } })),
    staleTime: 60_000,
  });
}

export function usePending() {
  const { api } = useSession();
  return useQuery({
    queryKey: ['pending'],
    queryFn: async () => (await unwrap(api.GET('/v1/member-states/me/pending'))).batches,
    refetchInterval: 60_000,
  });
}
