import { Alert, Anchor, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMeetingLists } from '../../api/dashboard-queries';
import { useMeeting } from '../../api/queries';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useRegionalGroupNames, useStateNames } from '../../format/state-names';
import { pointOf, viewOf } from './as-of-address';
import { AsOfPickers } from './AsOfPickers';
import { AsOfResult } from './AsOfResult';

/** A meeting, one of its lists or its panels as they stood at an instant or just after an event, with what changed since. */
export function AsOfPage() {
  const { t, i18n } = useTranslation();
  const { meetingId = '' } = useParams();
  const [search] = useSearchParams();
  const { session } = useSession();
  const stateName = useStateNames();
  const groupName = useRegionalGroupNames();
  const meeting = useMeeting(meetingId);
  const lists = useMeetingLists(meetingId);
  const view = viewOf(search.get('view'));
  const point = pointOf(search);
  const role = session?.claims.role;
  if (meeting.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (meeting.isError) return <ProblemAlert error={meeting.error} />;
  const wording = { t, language: i18n.language, timeZone: meeting.data.timezone, stateName, groupName };
  const malformed = !point && (search.has('position') || search.has('at'));
  return (
    <>
      <Anchor component={Link} to={`/meetings/${meetingId}`} size="sm">
        {t('asOf.back', { meeting: meeting.data.title })}
      </Anchor>
      <Title order={1} mt="xs">
        {t('asOf.title')}
      </Title>
      <Text className="no-secondary" mb="md">
        {t('asOf.intro', { meeting: meeting.data.title })}
      </Text>
      {lists.isError && <ProblemAlert error={lists.error} />}
      <AsOfPickers
        key={`${search.get('at') ?? ''}`}
        meeting={meeting.data}
        lists={lists.data ?? []}
        view={view}
        point={point}
        mayReadLog={role === 'pga' || role === 'auditor'}
      />
      {malformed && (
        <Alert color="orange" variant="outline" mt="md" role="alert" title={t('asOf.malformed.title')}>
          {t('asOf.malformed.text')}
        </Alert>
      )}
      {point ? (
        <AsOfResult meetingId={meetingId} view={view} point={point} wording={wording} mayReadLog={role === 'pga' || role === 'auditor'} />
      ) : (
        !malformed && <Text mt="md">{t('asOf.choose')}</Text>
      )}
    </>
  );
}
