import { Button, Group, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { groupKey, NO_FILTERS, OTHER_GROUP, type EntryRow, type Filters } from './entry-rows';

const STATUSES = ['proposed', 'under-consideration', 'approved', 'objected', 'not-approved', 'rejected', 'withdrawn'];
const CATEGORIES = ['ngo', 'civil-society', 'private-sector', 'media', 'academia'];
const GROUPS = [
  'African Group',
  'Asia-Pacific Group',
  'Eastern European Group',
  'Latin American and Caribbean Group',
  'Western European and Others Group',
  OTHER_GROUP,
];

interface EntryFiltersProps {
  rows: EntryRow[];
  filters: Filters;
  onChange: (next: Filters) => void;
}

/** Search by organization or country name, and filters by status, country, regional group and category. */
export function EntryFilters({ rows, filters, onChange }: EntryFiltersProps) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => {
    const names = new Map(rows.map((row) => [row.entry.organization.country, row.countryName]));
    const collator = new Intl.Collator(i18n.language);
    return [...names].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
  }, [rows, i18n.language]);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <Group className="no-list-filters" align="flex-end" gap="sm" role="search" aria-label={t('list.filters.label')}>
      <TextInput
        className="no-list-search"
        type="search"
        label={t('list.filters.search')}
        description={t('list.filters.searchHelp')}
        value={filters.search}
        onChange={(event) => set('search', event.currentTarget.value)}
        size="xs"
      />
      <Select
        label={t('list.filters.status')}
        placeholder={t('list.filters.any')}
        data={STATUSES.map((value) => ({ value, label: t(`list.statuses.${value}`) }))}
        value={filters.status}
        onChange={(value) => set('status', value)}
        clearable
        size="xs"
      />
      <Select
        label={t('list.filters.country')}
        placeholder={t('list.filters.any')}
        data={countries}
        value={filters.country}
        onChange={(value) => set('country', value)}
        searchable
        clearable
        size="xs"
      />
      <Select
        label={t('list.filters.regionalGroup')}
        placeholder={t('list.filters.any')}
        data={GROUPS.map((value) => ({ value, label: t(`list.groups.${groupKey(value)}`) }))}
        value={filters.regionalGroup}
        onChange={(value) => set('regionalGroup', value)}
        clearable
        size="xs"
      />
      <Select
        label={t('list.filters.category')}
        placeholder={t('list.filters.any')}
        data={CATEGORIES.map((value) => ({ value, label: t(`list.categories.${value}`) }))}
        value={filters.category}
        onChange={(value) => set('category', value)}
        clearable
        size="xs"
      />
      {active && (
        <Button variant="subtle" size="xs" onClick={() => onChange(NO_FILTERS)}>
          {t('list.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
