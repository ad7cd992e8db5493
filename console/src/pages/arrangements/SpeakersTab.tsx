import { Loader, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpeakers, type ArrangedMeeting } from '../../api/arrangements-queries';
import { SpeakersExports } from '../../components/documents/SpeakersExports';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SpeakersList } from './SpeakersList';
import { byStart } from './shared';

/** The list of speakers of each plenary meeting in speaking order (paragraph 5), and its closure. */
export function SpeakersTab({ meeting }: { meeting: ArrangedMeeting }) {
  const { t } = useTranslation();
  const speakers = useSpeakers(meeting.id);
  const [result, setResult] = useState('');
  const plenaries = byStart(meeting.programme.filter((segment) => segment.kind === 'plenary'));
  return (
    <section aria-labelledby="speakers-title">
      <Title order={2} id="speakers-title">
        {t('arrangements.speakers.title')}
      </Title>
      <Text className="no-reading" mb="md">
        {t('arrangements.speakers.intro')}
      </Text>
      {plenaries.length > 0 && <SpeakersExports meetingId={meeting.id} />}
      {result && (
        <Text role="status" className="no-arr-result">
          {result}
        </Text>
      )}
      {speakers.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {speakers.isError && <ProblemAlert error={speakers.error} />}
      {plenaries.length === 0 && <Text>{t('arrangements.speakers.noPlenary')}</Text>}
      {speakers.data &&
        plenaries.map((segment) => (
          <SpeakersList
            key={segment.id}
            meeting={meeting}
            segment={segment}
            list={speakers.data.lists.find((list) => list.segmentId === segment.id)}
            speakers={speakers.data.speakers.filter((speaker) => speaker.segmentId === segment.id)}
            onDone={setResult}
          />
        ))}
    </section>
  );
}
