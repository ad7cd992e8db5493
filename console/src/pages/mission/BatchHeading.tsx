import { Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListView } from '../../api/mission-queries';
import type { Schemas } from '../../api/client';
import { formatInstant, onTwoClocks } from '../../format/dates';
import { useNow } from '../../hooks';
import { countdownText } from './countdown';
import { DownloadButton } from '../../components/documents/DownloadButton';
import { ListExports } from '../../components/documents/ListExports';

interface BatchHeadingProps {
  meeting: Schemas['MeetingResponse'];
  list: ListView;
  batch: ListView['batches'][number];
}

/** The head of the letter: the meeting, the list, the batch, its deadline on both clocks and what that means now. */
export function BatchHeading({ meeting, list, batch }: BatchHeadingProps) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const clocks = onTwoClocks(batch.deadline, meeting.timezone, i18n.language);
  const disclosure = meeting.policy.objectionDisclosure;
  return (
    <header className="no-mission-letter-head">
      <Text className="no-mission-meeting">{meeting.title}</Text>
      <Title order={1} mt={4}>
        {list.title}
      </Title>
      <Text className="no-secondary">{t('mission.batch.subtitle', { batch: batch.number })}</Text>
      <div className="no-mission-deadline">
        <Text fw={600}>{t('mission.batch.deadline', { time: clocks.meeting })}</Text>
        {clocks.viewer && <Text className="no-secondary">{t('pending.yourTime', { time: clocks.viewer })}</Text>}
        {batch.status === 'open' && <Text>{t('mission.batch.timeLeft', { left: countdownText(batch.deadline, now, t) })}</Text>}
        {batch.status === 'closed' && (
          <Text>
            {t('mission.batch.closedAt', { time: formatInstant(batch.closedAt ?? batch.deadline, meeting.timezone, i18n.language) })}
          </Text>
        )}
        {batch.status === 'cancelled' && <Text>{t('mission.batch.cancelled', { reason: batch.cancellationReason ?? '' })}</Text>}
      </div>
      <Group gap="xs" mb="sm" role="group" aria-label={t('documents.batchDocuments')}>
        <DownloadButton
          path={`/v1/meetings/${meeting.id}/lists/${list.id}/batches/${batch.number}/letter?lang=${i18n.language}`}
          fallbackName={`${meeting.id}-${list.id}-batch-${batch.number}.pdf`}
          label={t('documents.letter')}
        />
        <ListExports meetingId={meeting.id} listId={list.id} />
      </Group>
      <Text className="no-mission-explanation">
        {batch.status === 'open' ? t('mission.batch.openExplanation') : t(`mission.batch.closedExplanation.${disclosure}`)}
      </Text>
    </header>
  );
}
