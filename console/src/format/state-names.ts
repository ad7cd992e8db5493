import { useMemo } from 'react';
import { useReferenceStates } from '../api/queries';

/** A State's name from the reference list ("FRA" → "France"); the code itself while the list loads, or for a code it lacks. */
export function useStateNames(): (code: string) => string {
  const states = useReferenceStates();
  const names = useMemo(() => new Map((states.data ?? []).map((state) => [state.code, state.name])), [states.data]);
  return useMemo(() => (code: string) => names.get(code) ?? code, [names]);
}

/** "Germany, Kenya and Egypt" in the reader's language. */
export function listOf(names: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}
