import { Anchor, Group, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMeetingLists } from '../../api/dashboard-queries';
import { useMeeting } from '../../api/queries';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { unLanguageOf } from '../../format/languages';
import { DownloadButton } from '../../components/documents/DownloadButton';
import { ArrangementsChecklist } from './ArrangementsChecklist';
import { DashboardSection } from './DashboardSection';
import { ListsSection } from './ListsSection';
import { NextDeadline } from './NextDeadline';
import { RepresentationSection } from './RepresentationSection';
import { Timeline } from './Timeline';

/** A meeting at a glance for the PGA's office (read-only for auditors): lists, next deadline, representation, arrangements, history. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { meetingId = '' } = useParams();
  const meeting = useMeeting(meetingId);
  const lists = useMeetingLists(meetingId);
  const role = useSession().session?.claims.role;
  if (meeting.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (meeting.isError) return <ProblemAlert error={meeting.error} />;
  const { data } = meeting;
  return (
    <>
      <Anchor component={Link} to="/meetings" size="sm">
        {t('dashboard.back')}
      </Anchor>
      <Group justify="space-between" align="flex-end" mt="xs" mb="md" wrap="wrap">
        <div>
          <Title order={1}>{data.title}</Title>
          <Text className="no-secondary">
            {t('dashboard.subtitle', { id: data.id, timezone: data.timezone })}
            {data.venue ? ` · ${data.venue}` : ''}
          </Text>
        </div>
        <Group gap="md">
          <Anchor href={`/v1/public/meetings/${meetingId}`}>{t('documents.publicPage')}</Anchor>
          <Anchor href={`/v1/public/meetings/${meetingId}/programme.ics`}>{t('documents.calendar')}</Anchor>
          <DownloadButton
            path={`/v1/meetings/${meetingId}/summary?format=pdf&lang=${unLanguageOf(i18n.language)}`}
            fallbackName={`${meetingId}-summary.pdf`}
            label={t('documents.summary')}
          />
          <Anchor component={Link} to={`/meetings/${meetingId}/arrangements`}>
            {t('dashboard.toArrangements')}
          </Anchor>
          {(role === 'pga' || role === 'auditor') && (
            <Anchor component={Link} to={`/meetings/${meetingId}/as-of`}>
              {t('asOf.dashboardLink')}
            </Anchor>
          )}
        </Group>
      </Group>
      {lists.isError && <ProblemAlert error={lists.error} />}
      <div className="no-dash-grid">
        <DashboardSection id="dash-lists" title={t('dashboard.lists.title')} wide>
          <ListsSection meetingId={meetingId} lists={lists.data} />
        </DashboardSection>
        <DashboardSection id="dash-deadline" title={t('dashboard.deadline.title')}>
          <NextDeadline meetingId={meetingId} lists={lists.data} timeZone={data.timezone} />
        </DashboardSection>
        <DashboardSection id="dash-arrangements" title={t('dashboard.arrangements.title')}>
          <ArrangementsChecklist meeting={data} />
        </DashboardSection>
        <DashboardSection id="dash-representation" title={t('dashboard.representation.title')} wide>
          <RepresentationSection meetingId={meetingId} lists={lists.data} />
        </DashboardSection>
        <DashboardSection id="dash-timeline" title={t('dashboard.timeline.title')} wide>
          <Timeline meeting={data} lists={lists.data} />
        </DashboardSection>
      </div>
    </>
  );
}
