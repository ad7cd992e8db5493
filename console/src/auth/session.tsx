import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createApi, type Api } from '../api/client';
import { claimsOf, isExpired, type Claims } from './claims';
import { sessionProvider, signOutAtProvider, userManager } from './provider';

const TOKEN_KEY = 'nihil-obstat.token';
/** The role and State the engine said the token speaks for (GET /v1/me), when its claims have other names (provider tokens). */
const CLAIMS_KEY = 'nihil-obstat.claims';
const EXPIRED_KEY = 'nihil-obstat.session-expired';

export interface Session {
  token: string;
  claims: Claims;
}

interface SessionContextValue {
  session?: Session;
  /** The previous session ended because the engine refused its token (expired). */
  expired: boolean;
  /** `known`: the role and State the engine answered for this token (GET /v1/me), over what its claims say. */
  signIn: (token: string, known?: Claims) => Session | undefined;
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
  return { token, claims: { ...claims, ...knownClaims() } };
}

function knownClaims(): Claims | undefined {
  try {
    return (JSON.parse(storage()?.getItem(CLAIMS_KEY) ?? 'null') as Claims | null) ?? undefined;
  } catch {
    return undefined;
  }
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
      storage()?.removeItem(CLAIMS_KEY);
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
    (token: string, known?: Claims) => {
      const claims = claimsOf(token);
      if (!claims) return undefined;
      const next = { token: token.trim(), claims: { ...claims, ...known, exp: claims.exp } };
      storage()?.setItem(TOKEN_KEY, next.token);
      if (known) storage()?.setItem(CLAIMS_KEY, JSON.stringify(known));
      else storage()?.removeItem(CLAIMS_KEY);
      storage()?.removeItem(EXPIRED_KEY);
      queries.clear();
      current.current = next;
      setSession(next);
      setExpired(false);
      return next;
    },
    [queries],
  );

  const signOut = useCallback(() => {
    const provider = sessionProvider();
    end(false);
    if (provider) void signOutAtProvider(provider);
  }, [end]);

  useRenewal(session !== undefined, current, setSession);
  const value = useMemo(() => ({ session, expired, signIn, signOut, api }), [session, expired, signIn, signOut, api]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/**
 * A session from the organization's provider gets a fresh access token before the old one expires
 * (oidc-client-ts's automatic renewal); the role and State stay those the engine answered at sign-in.
 */
function useRenewal(signedIn: boolean, current: { current?: Session }, setSession: (session: Session) => void) {
  useEffect(() => {
    const provider = sessionProvider();
    if (!signedIn || !provider) return undefined;
    const users = userManager(provider);
    const renewed = (user: { access_token: string }) => {
      const claims = claimsOf(user.access_token);
      if (!claims || !current.current) return;
      const next = { token: user.access_token, claims: { ...current.current.claims, exp: claims.exp } };
      storage()?.setItem(TOKEN_KEY, next.token);
      current.current = next;
      setSession(next);
    };
    users.events.addUserLoaded(renewed);
    // Loading the kept user (after a reload) starts the renewal timer.
    void users.getUser();
    return () => users.events.removeUserLoaded(renewed);
  }, [signedIn, current, setSession]);
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
