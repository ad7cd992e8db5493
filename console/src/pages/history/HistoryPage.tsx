import { Button, Group, Loader, Text } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHistory, type HistoryFilters } from '../../api/history-queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTimeMode } from './event-time';
import { HistoryFiltersForm } from './HistoryFiltersForm';
import { historyRows } from './history-rows';
import { filtersOf, searchOf } from './history-url';
import { HistoryTable } from './HistoryTable';
import { PageHeading } from './PageHeading';

/** The auditor's landing page: the whole log, filtered, newest first, read page after page as it scrolls. */
export function HistoryPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersOf(search), [search]);
  const [timeMode, setTimeMode] = useTimeMode();
  const history = useHistory(filters);
  const events = useMemo(() => history.data?.pages.flatMap((page) => page.events) ?? [], [history.data]);
  const rows = useMemo(() => historyRows(events), [events]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = history;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  // The address as it is now, not as this render saw it: two filters picked in quick succession both stay.
  const onChange = (changed: Partial<HistoryFilters>) =>
    setSearch(searchOf({ ...filtersOf(new URLSearchParams(window.location.search)), ...changed }), { replace: true });

  return (
    <div className="no-history">
      <PageHeading title={t('history.title')} timeMode={timeMode} onTimeMode={setTimeMode} />
      <Text className="no-secondary" mb="sm">
        {t('history.intro')}
      </Text>
      <HistoryFiltersForm filters={filters} onChange={onChange} />
      {history.isError && <ProblemAlert error={history.error} />}
      {!history.data && !history.isError && <Loader size="sm" aria-label={t('common.loading')} />}
      {history.data && events.length === 0 && <Text mt="md">{t('history.empty')}</Text>}
      {events.length > 0 && (
        <>
          <HistoryTable rows={rows} events={events} timeMode={timeMode} hasMore={Boolean(hasNextPage)} loadMore={loadMore} />
          <Group mt="xs" gap="sm">
            <Text size="sm" className="no-secondary" role="status">
              {hasNextPage ? t('history.shownMore', { count: events.length }) : t('history.shownAll', { count: events.length })}
            </Text>
            {hasNextPage && (
              <Button variant="default" size="xs" onClick={loadMore} loading={isFetchingNextPage}>
                {t('history.loadMore')}
              </Button>
            )}
          </Group>
        </>
      )}
    </div>
  );
}
