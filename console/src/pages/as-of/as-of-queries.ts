import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../auth/session';
import { engineQuery, viewParam, type AsOfView, type PointInLog } from './as-of-address';
import { unwrap, type Api, type Schemas } from '../../api/client';

export type MeetingView = Schemas['MeetingResponse'];
export type ListView = Schemas['ListResponse'];
export type PanelsView = Schemas['PanelsResponse'];
export type AnyView = MeetingView | ListView | PanelsView;

function read(api: Api, meetingId: string, view: AsOfView, point?: PointInLog): Promise<AnyView> {
  const query = point ? engineQuery(point) : {};
  if (view.kind === 'list') {
    const path = { meetingId, listId: view.listId };
    return unwrap(api.GET('/v1/meetings/{meetingId}/lists/{listId}', { params: { path, query } }));
  }
  if (view.kind === 'panels') return unwrap(api.GET('/v1/meetings/{meetingId}/panels', { params: { path: { meetingId }, query } }));
  return unwrap(api.GET('/v1/meetings/{meetingId}', { params: { path: { meetingId }, query } }));
}

/** The view as it stood at `point` (the engine rebuilds it from the events; it never changes, so it is never refetched). */
export function useViewAsOf(meetingId: string, view: AsOfView, point: PointInLog | undefined) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['as-of', meetingId, viewParam(view), point],
    queryFn: () => read(api, meetingId, view, point),
    enabled: point !== undefined,
    staleTime: Infinity,
  });
}

/** The same view now, to compare with. */
export function useViewNow(meetingId: string, view: AsOfView) {
  const { api } = useSession();
  return useQuery({
    queryKey: ['as-of', meetingId, viewParam(view), 'now'],
    queryFn: () => read(api, meetingId, view),
  });
}
