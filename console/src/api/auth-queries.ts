import { useQuery } from '@tanstack/react-query';
import { useSession } from '../auth/session';
import type { ProviderConfig } from '../auth/provider';
import { unwrap } from './client';

/** How the engine signs people in (GET /v1/auth/config, no token). */
export interface SignInOptions {
  /** The organization's OpenID provider, or null when the engine names none. */
  provider: ProviderConfig | null;
  /** Whether the engine makes development tokens (POST /v1/dev/tokens), which it says rather than being probed. */
  devSignIn: boolean;
}

export function useSignInOptions() {
  const { api } = useSession();
  return useQuery({
    queryKey: ['auth-config'],
    queryFn: async (): Promise<SignInOptions> => {
      const { issuer, clientId, scopes, devSignIn } = await unwrap(api.GET('/v1/auth/config'));
      const provider = issuer && clientId ? { issuer, clientId, scopes: scopes ?? 'openid profile' } : null;
      return { provider, devSignIn: devSignIn === true };
    },
    staleTime: Infinity,
  });
}
