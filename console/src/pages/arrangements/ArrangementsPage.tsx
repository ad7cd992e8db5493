import { Anchor, Badge, Group, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useParams } from 'react-router';
import { useArrangements } from '../../api/arrangements-queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FinalizationTab } from './FinalizationTab';
import { OpeningSpeakersTab } from './OpeningSpeakersTab';
import { PanelsTab } from './PanelsTab';
import { ProgrammeEditor } from './ProgrammeEditor';
import { ProgrammeTimeline } from './ProgrammeTimeline';
import { SpeakersTab } from './SpeakersTab';

const TABS = ['programme', 'panels', 'opening-speakers', 'speakers', 'finalization'] as const;

/** The PGA office's arrangements of a meeting (paragraphs 1, 2, 3, 5 and 10), one tab per part. */
export function ArrangementsPage() {
  const { t } = useTranslation();
  const { meetingId = '' } = useParams();
  const meeting = useArrangements(meetingId);
  const base = `/meetings/${meetingId}/arrangements`;
  return (
    <>
      <Anchor component={Link} to={`/meetings/${meetingId}`} size="sm">
        {t('arrangements.backToMeeting')}
      </Anchor>
      <Group justify="space-between" align="flex-end" mt="xs" mb="xs">
        <div>
          <Title order={1}>{t('arrangements.title')}</Title>
          {meeting.data && (
            <Text className="no-secondary">
              {t('arrangements.meetingLine', { title: meeting.data.title, zone: meeting.data.timezone })}
            </Text>
          )}
        </div>
        {meeting.data && (
          <Badge
            className="no-arr-badge"
            variant="outline"
            color={meeting.data.arrangements.status === 'finalized' ? 'green' : 'gray'}
            size="lg"
            radius="xs"
          >
            {t(`arrangements.status.${meeting.data.arrangements.status}`)}
          </Badge>
        )}
      </Group>
      <nav className="no-arr-tabs" aria-label={t('arrangements.tabs.label')}>
        {TABS.map((tab) => (
          <NavLink key={tab} to={tab === 'programme' ? base : `${base}/${tab}`} end={tab === 'programme'}>
            {t(`arrangements.tabs.${tab}`)}
          </NavLink>
        ))}
      </nav>
      {meeting.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {meeting.isError && <ProblemAlert error={meeting.error} />}
      {meeting.data && (
        <Routes>
          <Route index element={<ProgrammeTimeline meeting={meeting.data} />} />
          <Route path="programme/edit" element={<ProgrammeEditor meeting={meeting.data} />} />
          <Route path="panels" element={<PanelsTab meeting={meeting.data} />} />
          <Route path="opening-speakers" element={<OpeningSpeakersTab meeting={meeting.data} />} />
          <Route path="speakers" element={<SpeakersTab meeting={meeting.data} />} />
          <Route path="finalization" element={<FinalizationTab meeting={meeting.data} />} />
        </Routes>
      )}
    </>
  );
}
