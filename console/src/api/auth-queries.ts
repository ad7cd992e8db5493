import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import type { ProviderConfig } from '../auth/provider';
import { unwrap } from './client';

/** The organization's OpenID provider (GET /v1/auth/config, no token), or null when the engine names none. */
export function useProviderConfig() {
  const { api } = useSession();
  return useQuery({
    queryKey: ['auth-config'],
    queryFn: async (): Promise<ProviderConfig | null> => {
      const { issuer, clientId, scopes } = await unwrap(api.GET('/v1/auth/config'));
      return issuer && clientId ? { issuer, clientId, scopes: scopes ?? 'openid profile' } : null;
    },
    staleTime: Infinity,
  });
}
