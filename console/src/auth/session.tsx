import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { createApi, type Api } from '../api/client';
import { claimsOf, isExpired, type Claims } from './claims';

const TOKEN_KEY = 'nihil-obstat.token';
const EXPIRED_KEY = 'nihil-obstat.session-expired';

export interface Session {
  token: string;
  claims: Claims;
}

interface SessionContextValue {
  session?: Session;
  /** The previous session ended because the engine refused its token (expired). */
  expired: boolean;
  signIn: (token: string) => Session | undefined;
  signOut: () => void;
  api: Api;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The token from this tab's sessionStorage (never a cookie), if it is still usable. */
function restored(): Session | undefined {
  const token = storage()?.getItem(TOKEN_KEY) ?? undefined;
  if (!token) return undefined;
  const claims = claimsOf(token);
  if (!claims || isExpired(claims)) {
    storage()?.removeItem(TOKEN_KEY);
    if (claims) storage()?.setItem(EXPIRED_KEY, '1');
    return undefined;
  }
  return { token, claims };
}

/** The signed-in session: the token in memory and in this tab's sessionStorage, and the API client that uses it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queries = useQueryClient();
  const [session, setSession] = useState<Session | undefined>(restored);
  const [expired, setExpired] = useState(() => storage()?.getItem(EXPIRED_KEY) === '1');
  const current = useRef(session);
  current.current = session;

  const end = useCallback(
    (becauseExpired: boolean) => {
      storage()?.removeItem(TOKEN_KEY);
      if (becauseExpired) storage()?.setItem(EXPIRED_KEY, '1');
      else storage()?.removeItem(EXPIRED_KEY);
      current.current = undefined;
      setSession(undefined);
      setExpired(becauseExpired);
      queries.clear();
    },
    [queries],
  );

  const api = useMemo(
    () =>
      createApi({
        token: () => current.current?.token,
        onUnauthenticated: () => {
          if (current.current) end(true);
        },
      }),
    [end],
  );

  const signIn = useCallback(
    (token: string) => {
      const claims = claimsOf(token);
      if (!claims) return undefined;
      const next = { token: token.trim(), claims };
      storage()?.setItem(TOKEN_KEY, next.token);
      storage()?.removeItem(EXPIRED_KEY);
      queries.clear();
      current.current = next;
      setSession(next);
      setExpired(false);
      return next;
    },
    [queries],
  );

  const signOut = useCallback(() => end(false), [end]);
  const value = useMemo(() => ({ session, expired, signIn, signOut, api }), [session, expired, signIn, signOut, api]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
