import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCloseSpeakers, type ArrangedMeeting, type SegmentView } from '../../api/arrangements-queries';
import type { Schemas } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatInstant } from '../../format/dates';
import { useStateNames } from '../../format/state-names';
import { dayOf, spanOf } from './format';
import { ignore, useIsPga } from './shared';

interface Props {
  meeting: ArrangedMeeting;
  segment: SegmentView;
  list?: Schemas['SpeakersListView'];
  speakers: Schemas['SpeakerView'][];
  onDone: (result: string) => void;
}

/** One plenary meeting's list of speakers, in speaking order; the PGA closes it after a confirmation. */
export function SpeakersList({ meeting, segment, list, speakers, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const isPga = useIsPga();
  const stateName = useStateNames();
  const headingId = `speakers-${segment.id}-title`;
  const closed = list?.status === 'closed';
  return (
    <section className="no-arr-panel" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3} id={headingId}>
            {segment.title}
          </Title>
          <Text className="no-secondary">
            {dayOf(segment.startsAt, meeting.timezone, i18n.language)},{' '}
            {spanOf(segment.startsAt, segment.endsAt, meeting.timezone, i18n.language)}
          </Text>
        </div>
        <Badge className="no-arr-badge" variant="outline" radius="xs" color={closed ? 'gray' : 'green'}>
          {closed ? t('arrangements.speakers.closed') : t('arrangements.speakers.open')}
        </Badge>
      </Group>
      {speakers.length === 0 ? (
        <Text size="sm" mt="xs">
          {t('arrangements.speakers.none')}
        </Text>
      ) : (
        <div className="no-table-wrap no-arr-gap">
          <Table className="no-table" striped captionSide="top">
            <caption className="no-secondary">
              {t('arrangements.speakers.caption', { count: speakers.length, segment: segment.title })}
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" className="no-numeric">
                  {t('arrangements.speakers.order')}
                </Table.Th>
                <Table.Th scope="col">{t('arrangements.speakers.state')}</Table.Th>
                <Table.Th scope="col">{t('arrangements.speakers.level')}</Table.Th>
                <Table.Th scope="col">{t('arrangements.speakers.speaker')}</Table.Th>
                <Table.Th scope="col">{t('arrangements.speakers.inscribedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {speakers.map((speaker) => (
                <Table.Tr key={speaker.state}>
                  <Table.Td className="no-numeric">{speaker.order}</Table.Td>
                  <Table.Td>
                    {stateName(speaker.state)}
                    {speaker.delegation === 'observer' && <span className="no-secondary"> {t('arrangements.speakers.observer')}</span>}
                  </Table.Td>
                  <Table.Td>{t(`arrangements.levels.${speaker.level}`)}</Table.Td>
                  <Table.Td>{speaker.speakerName}</Table.Td>
                  <Table.Td className="no-instant">{formatInstant(speaker.inscribedAt, meeting.timezone, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {closed && list?.closedAt && (
        <Text className="no-secondary" mt="xs">
          {t('arrangements.speakers.closedAt', { time: formatInstant(list.closedAt, meeting.timezone, i18n.language) })}
        </Text>
      )}
      {isPga && !closed && <CloseList meetingId={meeting.id} segment={segment} count={speakers.length} onDone={onDone} />}
    </section>
  );
}

function CloseList({
  meetingId,
  segment,
  count,
  onDone,
}: {
  meetingId: string;
  segment: SegmentView;
  count: number;
  onDone: (r: string) => void;
}) {
  const { t } = useTranslation();
  const close = useCloseSpeakers(meetingId);
  const [confirming, setConfirming] = useState(false);
  const confirm = () => {
    void close.mutateAsync(segment.id).then(() => {
      setConfirming(false);
      onDone(t('arrangements.speakers.closedResult', { segment: segment.title, count }));
    }, ignore);
  };
  return (
    <>
      <Button variant="default" mt="sm" onClick={() => setConfirming(true)}>
        {t('arrangements.speakers.close', { segment: segment.title })}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t('arrangements.speakers.closeTitle')}
        confirmLabel={t('arrangements.speakers.closeConfirm')}
        cancelLabel={t('arrangements.speakers.closeCancel')}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
        pending={close.isPending}
        error={close.error}
      >
        {t('arrangements.speakers.closeBody', { segment: segment.title, count })}
      </ConfirmDialog>
    </>
  );
}
