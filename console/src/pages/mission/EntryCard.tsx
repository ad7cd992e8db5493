import { Anchor, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BasisRequest, EntryView } from '../../api/mission-queries';
import { formatInstant } from '../../format/dates';
import { Outcome } from './Outcome';
import { listOf, useStateNames } from '../../format/state-names';

export type EntryAction = 'object' | 'withdraw' | 'disown' | 'basis';

interface EntryCardProps {
  entry: EntryView;
  timezone: string;
  /** Objections may be raised, withdrawn and disowned. */
  open: boolean;
  /** A Member State's mission (observers read only). */
  canObject: boolean;
  basisRequest?: BasisRequest;
  onAction: (action: EntryAction, entry: EntryView) => void;
}

/** One organization of the batch as a mission reads it, with what the mission may do about it. */
export function EntryCard({ entry, timezone, open, canObject, basisRequest, onAction }: EntryCardProps) {
  const { t, i18n } = useTranslation();
  const nameOf = useStateNames();
  const { organization } = entry;
  const headingId = `entry-${entry.id}`;
  const when = (instant: string) => formatInstant(instant, timezone, i18n.language);
  const mine = entry.objections?.[0];
  const onMyBehalf = entry.objectionsOnMyBehalf ?? [];
  return (
    <article className="no-mission-entry" aria-labelledby={headingId}>
      <Title order={3} id={headingId} className="no-mission-entry-name">
        {organization.name}
      </Title>
      <dl className="no-mission-facts">
        <dt>{t('mission.entry.country')}</dt>
        <dd>{nameOf(organization.country)}</dd>
        <dt>{t('mission.entry.category')}</dt>
        <dd>{t(`mission.categories.${organization.category}`)}</dd>
        {organization.website && (
          <>
            <dt>{t('mission.entry.website')}</dt>
            <dd>
              <Anchor href={organization.website} target="_blank" rel="noopener noreferrer">
                {organization.website}
              </Anchor>
            </dd>
          </>
        )}
      </dl>
      {!open && <Outcome entry={entry} basisRequest={basisRequest} canRequest={canObject} onRequest={() => onAction('basis', entry)} />}
      {mine && (
        <div className="no-mission-objection">
          <Text fw={600}>{t('mission.entry.yourObjection', { date: when(mine.raisedAt) })}</Text>
          {mine.reason && <Text>{t('mission.entry.reason', { reason: mine.reason })}</Text>}
          {mine.onBehalfOf.length > 0 && (
            <Text>{t('mission.entry.alsoOnBehalfOf', { states: listOf(mine.onBehalfOf.map(nameOf), i18n.language) })}</Text>
          )}
        </div>
      )}
      {onMyBehalf.map((objection) => (
        <div className="no-mission-objection" key={objection.state}>
          <Text>{t('mission.entry.onYourBehalf', { state: nameOf(objection.state), date: when(objection.raisedAt) })}</Text>
          {open && canObject && (
            <Button
              mt="xs"
              size="sm"
              variant="default"
              aria-label={t('mission.entry.disownLabel', { state: nameOf(objection.state), name: organization.name })}
              onClick={() => onAction('disown', entry)}
            >
              {t('mission.entry.disown')}
            </Button>
          )}
        </div>
      ))}
      {open && canObject && (
        <Group mt="sm">
          {mine ? (
            <Button
              variant="default"
              aria-label={t('mission.entry.withdrawLabel', { name: organization.name })}
              onClick={() => onAction('withdraw', entry)}
            >
              {t('mission.entry.withdraw')}
            </Button>
          ) : (
            <Button aria-label={t('mission.entry.objectLabel', { name: organization.name })} onClick={() => onAction('object', entry)}>
              {t('mission.entry.object')}
            </Button>
          )}
        </Group>
      )}
    </article>
  );
}
