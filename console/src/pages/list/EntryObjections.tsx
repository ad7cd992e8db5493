import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../api/list-queries';
import { formatInstant } from '../../format/dates';

interface EntryObjectionsProps {
  entry: Entry;
  stateName: (code: string) => string;
  timeZone: string;
}

/** Every standing objection as the PGA sees it: by whom, on behalf of whom, the reason, when. */
export function EntryObjections({ entry, stateName, timeZone }: EntryObjectionsProps) {
  const { t, i18n } = useTranslation();
  const objections = entry.objections ?? [];
  return (
    <section aria-labelledby="entry-objections-title">
      <Title order={3} id="entry-objections-title" mb="xs">
        {t('list.entry.objections', { count: objections.length })}
      </Title>
      {objections.length === 0 && <Text className="no-secondary">{t('list.entry.noObjection')}</Text>}
      <ol className="no-objections">
        {objections.map((objection) => (
          <li key={`${objection.state}-${objection.raisedAt}`} className="no-objection">
            <Text fw={600}>{t('list.entry.objectedBy', { state: stateName(objection.state) })}</Text>
            {objection.onBehalfOf.length > 0 && (
              <Text size="sm">{t('list.entry.onBehalfOf', { states: objection.onBehalfOf.map(stateName).join(', ') })}</Text>
            )}
            <Text size="sm" className={objection.reason ? 'no-quote' : 'no-secondary'}>
              {objection.reason ?? t('list.entry.noReason')}
            </Text>
            <Text className="no-secondary">
              {t('list.entry.raisedAt', { time: formatInstant(objection.raisedAt, timeZone, i18n.language) })}
            </Text>
          </li>
        ))}
      </ol>
    </section>
  );
}
