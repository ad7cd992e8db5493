import { Code, SegmentedControl, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/history-queries';

/** A value as a person reads it: nothing (and an empty list) as a dash, text as is, lists joined, objects as JSON. */
function readable(value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) return value.join(', ');
  return JSON.stringify(value);
}

/** The event's data field by field, or the stored event as JSON (as the audit route gives it). */
export function EventData({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'fields' | 'json'>('fields');
  return (
    <section aria-labelledby="event-data">
      <Title order={2} id="event-data" size="h3" mt="lg" mb="xs">
        {t('history.event.data')}
      </Title>
      <SegmentedControl
        aria-label={t('history.event.dataView')}
        data={[
          { value: 'fields', label: t('history.event.dataFields') },
          { value: 'json', label: t('history.event.dataJson') },
        ]}
        value={view}
        onChange={(value) => setView(value === 'json' ? 'json' : 'fields')}
        size="xs"
        mb="xs"
      />
      {view === 'fields' ? (
        <Table className="no-table" variant="vertical" withTableBorder>
          <Table.Tbody>
            {Object.entries(event.data).map(([field, value]) => (
              <Table.Tr key={field}>
                <Table.Th scope="row">{field}</Table.Th>
                <Table.Td className="no-history-value">{readable(value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Code block className="no-history-json" tabIndex={0} aria-label={t('history.event.dataJson')}>
          {JSON.stringify(event, null, 2)}
        </Code>
      )}
    </section>
  );
}
