import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferenceStates } from '../api/queries';
import { unLanguageOf, type UnLanguage } from './languages';

/** One language's names (state-names/<lang>.json, written by `npm run console:state-names` from the engine's). */
interface Names {
  states: Record<string, string>;
  regionalGroups: Record<string, string>;
}

// One chunk per language, fetched the first time the console is shown in that language.
const LOADERS: Record<UnLanguage, () => Promise<{ default: Names }>> = {
  ar: () => import('./state-names/ar.json'),
  zh: () => import('./state-names/zh.json'),
  en: () => import('./state-names/en.json'),
  fr: () => import('./state-names/fr.json'),
  ru: () => import('./state-names/ru.json'),
  es: () => import('./state-names/es.json'),
};

/** The names of States and regional groups in the console's language, once loaded. */
function useNames(): Names | undefined {
  const { i18n } = useTranslation();
  const language = unLanguageOf(i18n.language);
  return useQuery({
    queryKey: ['state-names', language],
    queryFn: async () => (await LOADERS[language]()).default,
    staleTime: Infinity,
  }).data;
}

/**
 * A State's name in the console's language ("FRA" → "France", "Francia", "Франция"...): the UN short name where
 * the UN's differs from CLDR's. While the language's names load, the reference list's English name; the code
 * itself for a code neither knows.
 */
export function useStateNames(): (code: string) => string {
  const names = useNames();
  const states = useReferenceStates();
  const english = useMemo(() => new Map((states.data ?? []).map((state) => [state.code, state.name])), [states.data]);
  return useMemo(() => (code: string) => names?.states[code] ?? english.get(code) ?? code, [names, english]);
}

/** A regional group's name in the console's language ("African Group" → "Groupe des États d'Afrique"). */
export function useRegionalGroupNames(): (group: string) => string {
  const names = useNames();
  return useMemo(() => (group: string) => names?.regionalGroups[group] ?? group, [names]);
}

/** Sorts names as the console's language does. */
export function useNameOrder(): (a: string, b: string) => number {
  const { i18n } = useTranslation();
  return useMemo(() => new Intl.Collator(i18n.language).compare, [i18n.language]);
}

/** "Germany, Kenya and Egypt" in the reader's language. */
export function listOf(names: string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

/** Select options for States ({ value: code, label: name }), named and sorted in the console's language. */
export function useStateOptions(states: ReadonlyArray<{ code: string }> | undefined): Array<{ value: string; label: string }> {
  const nameOf = useStateNames();
  const order = useNameOrder();
  return useMemo(
    () => (states ?? []).map(({ code }) => ({ value: code, label: nameOf(code) })).sort((a, b) => order(a.label, b.label)),
    [states, nameOf, order],
  );
}
