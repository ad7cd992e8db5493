import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import { unwrap, type Schemas } from './client';

export type Me = Schemas['MeResponse'];

/** Who the engine says the session's token speaks for (GET /v1/me): its role, State and the State's name. */
export function useMe() {
  const { api, session } = useSession();
  return useQuery({
    queryKey: ['me', session?.token],
    queryFn: () => unwrap(api.GET('/v1/me')),
    enabled: Boolean(session),
    staleTime: Infinity,
  });
}
