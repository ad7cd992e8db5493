import { Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { REGIONAL_GROUPS } from '../../api/arrangements-queries';
import { useListViews, type ListSummary, type ListView } from '../../api/dashboard-queries';
import { RepresentationChart } from './RepresentationChart';

/** Paragraph 9's equitable geographical representation: one chart per list, groups with no organization named. */
export function RepresentationSection({ meetingId, lists }: { meetingId: string; lists: ListSummary[] | undefined }) {
  const { t } = useTranslation();
  const views = useListViews(
    meetingId,
    (lists ?? []).map((list) => list.id),
  );
  if (!lists) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (lists.length === 0) return <Text>{t('dashboard.lists.none')}</Text>;
  return (
    <>
      <Text className="no-secondary" mb="sm">
        {t('dashboard.representation.intro')}
      </Text>
      <div className="no-dash-charts">
        {views.map((view, index) =>
          view.data ? <RepresentationOfList key={lists[index].id} list={view.data} /> : <Loader key={lists[index].id} size="sm" />,
        )}
      </div>
    </>
  );
}

function RepresentationOfList({ list }: { list: ListView }) {
  const { t, i18n } = useTranslation();
  const { byRegionalGroup, missingGroups } = list.representation;
  const groups = [...REGIONAL_GROUPS, ...(byRegionalGroup.Other ? ['Other'] : [])];
  const missing = missingGroups.map((group) => t(`dashboard.groups.${group}`));
  return (
    <figure className="no-dash-figure">
      <RepresentationChart caption={list.title} groups={groups} counts={byRegionalGroup} />
      {missing.length > 0 && (
        <p className="no-dash-missing">
          <strong>{t('dashboard.representation.missingLabel', { count: missing.length })}</strong>{' '}
          {t('dashboard.representation.missing', { groups: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(missing) })}
        </p>
      )}
      {missing.length === 0 && <p className="no-secondary">{t('dashboard.representation.allGroups')}</p>}
    </figure>
  );
}
