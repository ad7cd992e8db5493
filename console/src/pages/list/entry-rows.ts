import type { Entry } from '../../api/list-queries';
import type { ReferenceState } from '../../api/queries';

/** One entry as the table shows it: the entry and what the reference list adds (country name, regional group). */
export interface EntryRow {
  entry: Entry;
  countryName: string;
  regionalGroup: string;
  objections: number;
}

export const SORT_KEYS = ['name', 'country', 'regionalGroup', 'category', 'status', 'batch', 'objections'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export interface Filters {
  search: string;
  status: string | null;
  country: string | null;
  regionalGroup: string | null;
  category: string | null;
}

export const NO_FILTERS: Filters = { search: '', status: null, country: null, regionalGroup: null, category: null };

/** "Other" is the contract's name for a country in none of the five regional groups. */
export const OTHER_GROUP = 'Other';

/** The locale key of a regional group: "Asia-Pacific Group" → "asia-pacific-group". */
export const groupKey = (group: string) => group.toLowerCase().replace(/[^a-z]+/g, '-');

/** The rows of the entries, each country named by `nameOf` (in the console's language). */
export function rowsOf(entries: Entry[], states: ReferenceState[] | undefined, nameOf: (code: string) => string): EntryRow[] {
  const byCode = new Map((states ?? []).map((state) => [state.code, state]));
  return entries.map((entry) => {
    const state = byCode.get(entry.organization.country);
    return {
      entry,
      countryName: nameOf(entry.organization.country),
      regionalGroup: state?.regionalGroup ?? OTHER_GROUP,
      objections: entry.objections?.length ?? 0,
    };
  });
}

/** Case- and accent-insensitive text for searching ("Société" is found by "societe"). */
export function folded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function filterRows(rows: EntryRow[], filters: Filters): EntryRow[] {
  const words = folded(filters.search).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filters.status && row.entry.status !== filters.status) return false;
    if (filters.country && row.entry.organization.country !== filters.country) return false;
    if (filters.regionalGroup && row.regionalGroup !== filters.regionalGroup) return false;
    if (filters.category && row.entry.organization.category !== filters.category) return false;
    if (words.length === 0) return true;
    const haystack = folded(`${row.entry.organization.name} ${row.countryName} ${row.entry.organization.country}`);
    return words.every((word) => haystack.includes(word));
  });
}

function sortValue(row: EntryRow, key: SortKey): string | number {
  switch (key) {
    case 'name':
      return row.entry.organization.name;
    case 'country':
      return row.countryName;
    case 'regionalGroup':
      return row.regionalGroup;
    case 'category':
      return row.entry.organization.category;
    case 'status':
      return row.entry.status;
    case 'batch':
      return row.entry.batch ?? 0;
    case 'objections':
      return row.objections;
  }
}

export function sortRows(rows: EntryRow[], sort: Sort | undefined, language: string): EntryRow[] {
  if (!sort) return rows;
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [sortValue(a, sort.key), sortValue(b, sort.key)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

/** Entries the PGA may still withdraw. */
export const isWithdrawable = (entry: Entry) => entry.status === 'proposed' || entry.status === 'under-consideration';
