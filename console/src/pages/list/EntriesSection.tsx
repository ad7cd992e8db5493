import { Button, Group, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, ListKey } from '../../api/list-queries';
import { EntriesTable } from './EntriesTable';
import { EntryDrawer } from './EntryDrawer';
import { EntryFilters } from './EntryFilters';
import { filterRows, isWithdrawable, NO_FILTERS, sortRows, type EntryRow, type Filters, type Sort, type SortKey } from './entry-rows';
import { WithdrawModal } from './WithdrawModal';

interface EntriesSectionProps {
  listKey: ListKey;
  rows: EntryRow[];
  timeZone: string;
  generalAssembly: boolean;
  transmitted: boolean;
  stateName: (code: string) => string;
  onDone: (message: string) => void;
}

/** The entries: search and filters, sortable columns, a selection that drives the bulk actions, and each entry's details. */
export function EntriesSection({ listKey, rows, timeZone, generalAssembly, transmitted, stateName, onDone }: EntriesSectionProps) {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string>();
  const [withdrawing, setWithdrawing] = useState<Entry[]>();

  const shown = useMemo(() => sortRows(filterRows(rows, filters), sort, i18n.language), [rows, filters, sort, i18n.language]);
  const selectedEntries = rows.filter((row) => selected.has(row.entry.id)).map((row) => row.entry);
  const withdrawable = selectedEntries.filter(isWithdrawable);
  const openRow = rows.find((row) => row.entry.id === openId);

  const onSort = (key: SortKey) =>
    setSort((current) => ({ key, direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending' }));
  const onSelect = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const withdrawn = (message: string, ids: string[]) => {
    setWithdrawing(undefined);
    setOpenId(undefined);
    onSelect(ids, false);
    onDone(message);
  };

  return (
    <section aria-labelledby="entries-title" className="no-list-section">
      <Title order={2} id="entries-title" mb="xs">
        {t('list.entries.title')}
      </Title>
      <EntryFilters rows={rows} filters={filters} onChange={setFilters} />
      <Group className="no-bulk-bar" gap="sm" justify="space-between">
        <Text size="sm" role="status" aria-live="polite">
          {t('list.entries.shown', { count: shown.length, total: rows.length })}
          {selected.size > 0 && ` · ${t('list.entries.selected', { count: selected.size })}`}
        </Text>
        {selected.size > 0 && (
          <Group gap="xs">
            <Button
              size="xs"
              color="red"
              variant="default"
              disabled={withdrawable.length === 0 || transmitted}
              onClick={() => setWithdrawing(withdrawable)}
            >
              {t('list.entries.withdrawSelected', { count: withdrawable.length })}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setSelected(new Set())}>
              {t('list.entries.clearSelection')}
            </Button>
          </Group>
        )}
      </Group>
      {shown.length === 0 && rows.length > 0 && <Text className="no-secondary">{t('list.entries.noMatch')}</Text>}
      {rows.length === 0 ? (
        <Text className="no-secondary">{t('list.entries.none')}</Text>
      ) : (
        <EntriesTable
          rows={shown}
          sort={sort}
          onSort={onSort}
          selected={selected}
          onSelect={onSelect}
          onOpen={(row) => setOpenId(row.entry.id)}
        />
      )}
      <EntryDrawer
        listKey={listKey}
        row={openRow}
        timeZone={timeZone}
        generalAssembly={generalAssembly}
        transmitted={transmitted}
        stateName={stateName}
        onClose={() => setOpenId(undefined)}
        onWithdraw={(entry) => {
          setOpenId(undefined);
          setWithdrawing([entry]);
        }}
        onDone={onDone}
      />
      {withdrawing && (
        <WithdrawModal listKey={listKey} entries={withdrawing} onClose={() => setWithdrawing(undefined)} onDone={withdrawn} />
      )}
    </section>
  );
}
