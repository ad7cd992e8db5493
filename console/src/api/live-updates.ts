import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from '../auth/session';
import { followLiveUpdates } from './live-reader';

/** Invalidates each key once; `undefined`: every query. */
function invalidator(queries: QueryClient) {
  return (keys: QueryKey[] | undefined) => {
    if (!keys) return void queries.invalidateQueries();
    const unique = new Map(keys.map((key) => [JSON.stringify(key), key]));
    unique.forEach((queryKey) => void queries.invalidateQueries({ queryKey }));
  };
}

/** Mounted once while signed in (the Shell): what is on screen refetches itself when the engine says it changed. */
export function useLiveUpdates(): void {
  const { session } = useSession();
  const queries = useQueryClient();
  const token = session?.token;
  useEffect(() => {
    if (!token) return undefined;
    const controller = new AbortController();
    void followLiveUpdates({ token, signal: controller.signal, invalidate: invalidator(queries) });
    return () => controller.abort();
  }, [token, queries]);
}
