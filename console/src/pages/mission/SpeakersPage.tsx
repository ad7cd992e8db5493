import { Loader, Select, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpeakers, type ProgrammeSegment } from '../../api/mission-queries';
import { useMeeting, useMeetings } from '../../api/queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ResultMessage } from './ResultMessage';
import { SpeakersListSection } from './SpeakersListSection';
import { SpeakersExports } from '../../components/documents/SpeakersExports';

/** The mission's inscriptions on the lists of speakers of a meeting's plenaries (paragraph 5), with their place in the order. */
export function SpeakersPage() {
  const { t } = useTranslation();
  const meetings = useMeetings();
  const [chosen, setChosen] = useState<string | null>(null);
  const meetingId = chosen ?? meetings.data?.[0]?.id;
  const [result, setResult] = useState<string>();

  return (
    <div className="no-reading">
      <Title order={1} mb="xs">
        {t('mission.speakers.title')}
      </Title>
      <Text mb="lg">{t('mission.speakers.intro')}</Text>
      {meetings.isError && <ProblemAlert error={meetings.error} />}
      {meetings.data && meetings.data.length === 0 && <Text>{t('mission.speakers.noMeeting')}</Text>}
      {meetings.data && meetings.data.length > 0 && (
        <Select
          label={t('mission.speakers.meeting')}
          data={meetings.data.map((meeting) => ({ value: meeting.id, label: meeting.title }))}
          value={meetingId ?? null}
          onChange={(value) => {
            setResult(undefined);
            setChosen(value);
          }}
          allowDeselect={false}
          mb="lg"
          comboboxProps={{ withinPortal: false }}
        />
      )}
      <ResultMessage message={result} />
      {meetingId && <MeetingLists meetingId={meetingId} onDone={setResult} />}
    </div>
  );
}

function MeetingLists({ meetingId, onDone }: { meetingId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const meeting = useMeeting(meetingId);
  const speakers = useSpeakers(meetingId);
  if (meeting.isError || speakers.isError) return <ProblemAlert error={meeting.error ?? speakers.error} />;
  if (!meeting.data || !speakers.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  const programme = meeting.data.programme as unknown as ProgrammeSegment[];
  if (speakers.data.lists.length === 0) return <Text>{t('mission.speakers.noPlenary')}</Text>;
  return (
    <>
      <SpeakersExports meetingId={meetingId} />
      {speakers.data.lists.map((list) => (
        <SpeakersListSection
          key={list.segmentId}
          meetingId={meetingId}
          timezone={meeting.data.timezone}
          list={list}
          segment={programme.find((segment) => segment.id === list.segmentId)}
          speakers={speakers.data.speakers.filter((speaker) => speaker.segmentId === list.segmentId)}
          onDone={onDone}
        />
      ))}
    </>
  );
}
