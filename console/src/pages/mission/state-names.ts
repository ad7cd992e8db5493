import { useReferenceStates } from '../../api/queries';

/** "FRA" → "France", from the reference list (the code itself while it loads, or for a code it lacks). */
export function useStateNames(): (code: string) => string {
  const states = useReferenceStates();
  const names = new Map((states.data ?? []).map((state) => [state.code, state.name]));
  return (code: string) => names.get(code) ?? code;
}

/** "Germany, Kenya and Egypt" in the reader's language. */
export function listOf(names: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}
