import { useReferenceStates } from '../../api/queries';

/** A State's name from the reference list ("FRA" → "France"); the code itself while the list loads. */
export function useStateNames(): (code: string) => string {
  const states = useReferenceStates();
  const names = new Map((states.data ?? []).map((state) => [state.code, state.name]));
  return (code) => names.get(code) ?? code;
}
