import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { usePrefetchHistory } from '../../api/history-queries';
import { filtersOf } from './history-url';

/**
 * For the History's route (App.tsx): its first page is asked for as the route renders, alongside the page's code,
 * rather than once the page has loaded, rendered its filters and mounted.
 */
export function usePrefetchHistoryPage(): void {
  const [search] = useSearchParams();
  usePrefetchHistory(useMemo(() => filtersOf(search), [search]));
}
