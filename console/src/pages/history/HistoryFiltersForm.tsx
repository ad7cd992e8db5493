import { Button, Group, MultiSelect, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorRole, HistoryFilters } from '../../api/history-queries';
import { NO_FILTER } from '../../api/history-filters';
import { useMeetings, useReferenceStates } from '../../api/queries';
import { useStateOptions } from '../../format/state-names';
import { eventLabel, EVENT_TYPES } from '../../format/event-labels';
import { hasFilters } from './history-url';

const ROLES = ['pga', 'member-state', 'observer', 'auditor', 'system'] as const satisfies readonly ActorRole[];

/** `datetime-local` reads and writes UTC here (the label says so): "2013-04-26T22:00" is 22:00Z. */
const toInput = (instant: string | undefined) => (instant ? new Date(instant).toISOString().slice(0, 16) : '');
const fromInput = (value: string) => (value ? new Date(`${value}:00Z`).toISOString() : undefined);

interface Props {
  filters: HistoryFilters;
  /** Called with the filters that changed only: the page applies them to the address as it is then. */
  onChange: (changed: Partial<HistoryFilters>) => void;
}

/** Every filter of the History; lists apply at once, typed fields when the auditor leaves them or presses Enter. */
export function HistoryFiltersForm({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const meetings = useMeetings();
  const states = useReferenceStates();
  const stateOptions = useStateOptions(states.data);
  const [typed, setTyped] = useState({ streamId: filters.streamId ?? '', correlationId: filters.correlationId ?? '' });
  const set = <K extends keyof HistoryFilters>(key: K, value: HistoryFilters[K] | null) =>
    onChange({ [key]: value === null || value === '' ? undefined : value });
  const applyTyped = (event?: SyntheticEvent) => {
    event?.preventDefault();
    onChange({ streamId: typed.streamId.trim() || undefined, correlationId: typed.correlationId.trim() || undefined });
  };
  return (
    <form role="search" aria-label={t('history.filters.label')} onSubmit={applyTyped} className="no-history-filters">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('history.filters.meeting')}
          placeholder={t('history.filters.any')}
          data={(meetings.data ?? []).map((m) => ({ value: m.id, label: m.title }))}
          value={filters.meetingId ?? null}
          onChange={(value) => set('meetingId', value)}
          searchable
          clearable
          size="xs"
        />
        <MultiSelect
          label={t('history.filters.type')}
          placeholder={filters.type.length === 0 ? t('history.filters.any') : undefined}
          data={EVENT_TYPES.map((type) => ({ value: type, label: eventLabel(type, t) }))}
          value={filters.type}
          onChange={(value) => onChange({ type: value })}
          searchable
          clearable
          size="xs"
          // Mantine keeps a MultiSelect's closed list in the page (hidden) and positions it: work on the History's
          // first render for a list nobody opened yet. It renders when opened, as the Selects' do.
          comboboxProps={{ keepMounted: false }}
        />
        <Select
          label={t('history.filters.actorRole')}
          placeholder={t('history.filters.any')}
          data={ROLES.map((role) => ({ value: role, label: t(`history.roles.${role}`) }))}
          value={filters.actorRole ?? null}
          onChange={(value) => set('actorRole', value)}
          clearable
          size="xs"
        />
        <Select
          label={t('history.filters.actorState')}
          placeholder={t('history.filters.any')}
          data={stateOptions}
          value={filters.actorState ?? null}
          onChange={(value) => set('actorState', value)}
          searchable
          clearable
          size="xs"
        />
        <TextInput
          label={t('history.filters.stream')}
          value={typed.streamId}
          onChange={(event) => setTyped({ ...typed, streamId: event.currentTarget.value })}
          onBlur={() => applyTyped()}
          onKeyDown={(event) => event.key === 'Enter' && applyTyped(event)}
          size="xs"
        />
        <TextInput
          label={t('history.filters.correlation')}
          value={typed.correlationId}
          onChange={(event) => setTyped({ ...typed, correlationId: event.currentTarget.value })}
          onBlur={() => applyTyped()}
          onKeyDown={(event) => event.key === 'Enter' && applyTyped(event)}
          size="xs"
        />
        <TextInput
          type="datetime-local"
          label={t('history.filters.from')}
          value={toInput(filters.from)}
          onChange={(event) => set('from', fromInput(event.currentTarget.value))}
          size="xs"
        />
        <TextInput
          type="datetime-local"
          label={t('history.filters.to')}
          value={toInput(filters.to)}
          onChange={(event) => set('to', fromInput(event.currentTarget.value))}
          size="xs"
        />
        <SegmentedControl
          aria-label={t('history.order.label')}
          data={[
            { value: 'desc', label: t('history.order.desc') },
            { value: 'asc', label: t('history.order.asc') },
          ]}
          value={filters.order}
          onChange={(value) => onChange({ order: value === 'asc' ? 'asc' : 'desc' })}
          size="xs"
        />
        {hasFilters(filters) && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setTyped({ streamId: '', correlationId: '' });
              onChange(NO_FILTER);
            }}
          >
            {t('history.filters.clear')}
          </Button>
        )}
      </Group>
    </form>
  );
}
