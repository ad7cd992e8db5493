import type { ActorRole, HistoryFilters } from '../../api/history-filters';

const ROLES: readonly string[] = ['pga', 'member-state', 'observer', 'auditor', 'system'] satisfies ActorRole[];

/** The filters kept in the address (the API's names), so that a view of the History can be sent as a link. */
const SINGLE = ['meetingId', 'streamId', 'actorRole', 'actorState', 'correlationId', 'from', 'to'] as const;
type Single = (typeof SINGLE)[number];

export function filtersOf(search: URLSearchParams): HistoryFilters {
  const filters: HistoryFilters = { type: search.getAll('type'), order: search.get('order') === 'asc' ? 'asc' : 'desc' };
  for (const key of SINGLE) {
    const value = search.get(key);
    if (value && key !== 'actorRole') filters[key] = value;
  }
  const role = search.get('actorRole');
  if (role && ROLES.includes(role)) filters.actorRole = role as ActorRole;
  return filters;
}

export function searchOf(filters: HistoryFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of SINGLE) {
    const value = filters[key];
    if (value) search.set(key, value);
  }
  for (const type of filters.type) search.append('type', type);
  if (filters.order === 'asc') search.set('order', 'asc');
  return search;
}

/** `/history` with only these filters: a link from an event page to its correlation, its meeting or its stream. */
export function historyLink(filters: Partial<Pick<HistoryFilters, Single>>): string {
  const search = searchOf({ type: [], order: 'desc', ...filters }).toString();
  return search ? `/history?${search}` : '/history';
}

export function hasFilters(filters: HistoryFilters): boolean {
  return filters.type.length > 0 || SINGLE.some((key) => filters[key] !== undefined);
}
