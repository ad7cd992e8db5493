import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { unwrap, type Schemas } from './client';

/** One segment of the programme as the meeting view gives it (the generated schema leaves it untyped). */
export interface SegmentView {
  id: string;
  kind: SegmentKind;
  title: string;
  theme?: string;
  startsAt: string;
  endsAt?: string;
}

export const SEGMENT_KINDS = ['opening-plenary', 'plenary', 'panel', 'closing-plenary'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];
export type SegmentInput = Schemas['ProgrammeDto']['segments'][number];
export type PanelView = Schemas['PanelView'];
export type RegionalGroup = Schemas['ConsultationDto']['regionalGroup'];
export type OpeningSpeakerRole = 'eminent-person' | 'ngo-representative';
export type ApprovedEntry = Schemas['AccreditedOrganizationView'];

export const REGIONAL_GROUPS: readonly RegionalGroup[] = [
  'African Group',
  'Asia-Pacific Group',
  'Eastern European Group',
  'Latin American and Caribbean Group',
  'Western European and Others Group',
];

/** The meeting view with its programme typed; arrangements carry finalizedAt and the reopening reason when there are any. */
export function useArrangements(meetingId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['meeting', meetingId],
    queryFn: () => unwrap(api.GET('/v1/meetings/{meetingId}', { params: { path: { meetingId } } })),
    staleTime: 60_000,
    select: (meeting) => {
      return { ...meeting, programme: meeting.programme as unknown as SegmentView[] };
    },
  });
}

export type ArrangementsStatus = Schemas['ArrangementsView'];

export function usePanels(meetingId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['arrangements', meetingId, 'panels'],
    queryFn: async () => (await unwrap(api.GET('/v1/meetings/{meetingId}/panels', { params: { path: { meetingId } } }))).panels,
  });
}

/** Every plenary meeting's list of speakers, in programme order then speaking order. */
export function useSpeakers(meetingId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['arrangements', meetingId, 'speakers'],
    queryFn: () => unwrap(api.GET('/v1/meetings/{meetingId}/speakers', { params: { path: { meetingId } } })),
  });
}

/** The approved entries of the meeting's ECOSOC lists: the NGO representative of the opening is one of them. */
export function useApprovedEcosocEntries(meetingId: string) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['arrangements', meetingId, 'ecosoc-approved'],
    queryFn: async () => {
      const path = { meetingId };
      const { organizations } = await unwrap(api.GET('/v1/meetings/{meetingId}/accreditations', { params: { path } }));
      const listIds = [...new Set(organizations.map((organization) => organization.listId))];
      const lists = await Promise.all(
        listIds.map((listId) => unwrap(api.GET('/v1/meetings/{meetingId}/lists/{listId}', { params: { path: { meetingId, listId } } }))),
      );
      const ecosoc = new Set(lists.filter((list) => list.kind === 'ecosoc').map((list) => list.id));
      return organizations.filter((organization) => ecosoc.has(organization.listId));
    },
  });
}

/** After any change of the arrangements: the meeting view and every arrangements query of the meeting. */
function useRefresh(meetingId: string) {
  const queries = useQueryClient();
  return () =>
    Promise.all([
      queries.invalidateQueries({ queryKey: ['meeting', meetingId] }),
      queries.invalidateQueries({ queryKey: ['arrangements', meetingId] }),
    ]);
}

export function useSetProgramme(meetingId: string) {
  const { api } = useSession();
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (segments: SegmentInput[]) =>
      unwrap(api.PUT('/v1/meetings/{meetingId}/programme', { params: { path: { meetingId } }, body: { segments } })),
    onSuccess: refresh,
  });
}

export function useConsult(meetingId: string, panelId: string) {
  const { api } = useSession();
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (body: Schemas['ConsultationDto']) =>
      unwrap(api.POST('/v1/meetings/{meetingId}/panels/{panelId}/consultations', { params: { path: { meetingId, panelId } }, body })),
    onSuccess: refresh,
  });
}

export function useInviteChair(meetingId: string, panelId: string) {
  const { api } = useSession();
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (state: string) =>
      unwrap(
        api.POST('/v1/meetings/{meetingId}/panels/{panelId}/chair-invitation', {
          params: { path: { meetingId, panelId } },
          body: { state },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useWithdrawInvitation(meetingId: string, panelId: string) {
  const { api } = useSession();
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/v1/meetings/{meetingId}/panels/{panelId}/chair-invitation', { params: { path: { meetingId, panelId } } })),
    onSuccess: refresh,
  });
}

export function useIdentifyOpeningSpeaker(meetingId: string, role: OpeningSpeakerRole) {
  const { api } = useSession();
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (body: Schemas['OpeningSpeakerDto']) =>
      unwrap(api.PUT('/v1/meetings/{meetingId}/opening-speakers/{role}', { params: { path: { meetingId, role } }, body })),
    onSuccess: refresh,
  });
}

export function useCloseSpeakers(meetingId: string) {
  const { api } = useSession();
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (segmentId: string) =>
      unwrap(api.POST('/v1/meetings/{meetingId}/speakers/closure', { params: { path: { meetingId } }, body: { segmentId } })),
    onSuccess: refresh,
  });
}

export function useFinalize(meetingId: string) {
  const { api } = useSession();
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: () => unwrap(api.POST('/v1/meetings/{meetingId}/arrangements/finalization', { params: { path: { meetingId } } })),
    onSettled: refresh,
  });
}

export function useReopen(meetingId: string) {
  const { api } = useSession();
  const refresh = useRefresh(meetingId);
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(api.POST('/v1/meetings/{meetingId}/arrangements/reopening', { params: { path: { meetingId } }, body: { reason } })),
    onSuccess: refresh,
  });
}

export type ArrangedMeeting = NonNullable<ReturnType<typeof useArrangements>['data']>;
