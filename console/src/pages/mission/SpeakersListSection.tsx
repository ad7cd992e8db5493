import { Button, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { useWithdrawInscription, type ProgrammeSegment } from '../../api/mission-queries';
import { useSession } from '../../auth/session';
import { formatInstant } from '../../format/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { InscriptionForm } from './InscriptionForm';
import { useStateNames } from '../../format/state-names';

interface SectionProps {
  meetingId: string;
  timezone: string;
  list: Schemas['SpeakersListView'];
  segment?: ProgrammeSegment;
  speakers: Schemas['SpeakerView'][];
  onDone: (message: string) => void;
}

/** One plenary's list of speakers: the mission's inscription and its place, or the form to inscribe; then the order. */
export function SpeakersListSection({ meetingId, timezone, list, segment, speakers, onDone }: SectionProps) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const nameOf = useStateNames();
  const [withdrawing, setWithdrawing] = useState(false);
  const withdraw = useWithdrawInscription(meetingId);
  const mine = speakers.find((speaker) => speaker.state === session?.claims.state);
  const title = segment?.title ?? list.segmentId;
  const headingId = `segment-${list.segmentId}`;
  const open = list.status === 'open';
  return (
    <section className="no-mission-entry" aria-labelledby={segment ? `${headingId} ${headingId}-when` : headingId}>
      <Title order={2} size="h3" id={headingId} className="no-mission-entry-name">
        {title}
      </Title>
      {segment && (
        <Text className="no-secondary" id={`${headingId}-when`}>
          {formatInstant(segment.startsAt, timezone, i18n.language)}
        </Text>
      )}
      <Text mt="xs">
        {open ? t('mission.speakers.open', { count: list.inscriptions }) : t('mission.speakers.closed', { count: list.inscriptions })}
      </Text>
      {mine ? (
        <div className="no-mission-objection">
          <Text fw={600}>
            {t('mission.speakers.position', {
              name: mine.speakerName,
              level: t(`mission.levels.${mine.level}`),
              order: mine.order,
              total: list.inscriptions,
            })}
          </Text>
          {open && (
            <Button
              mt="xs"
              variant="default"
              aria-label={t('mission.speakers.withdrawLabel', { title })}
              onClick={() => setWithdrawing(true)}
            >
              {t('mission.speakers.withdraw')}
            </Button>
          )}
        </div>
      ) : (
        open && <InscriptionForm meetingId={meetingId} segmentId={list.segmentId} title={title} onDone={onDone} />
      )}
      {speakers.length > 0 && (
        <details className="no-mission-order">
          <summary>{t('mission.speakers.order')}</summary>
          <ol>
            {speakers.map((speaker) => (
              <li key={`${speaker.state}-${speaker.inscribedAt}`}>
                {nameOf(speaker.state)}, {t(`mission.levels.${speaker.level}`)}
              </li>
            ))}
          </ol>
        </details>
      )}
      {withdrawing && mine && (
        <ConfirmDialog
          opened
          title={t('mission.speakers.withdrawTitle', { title })}
          confirmLabel={t('mission.speakers.withdrawConfirm')}
          onClose={() => setWithdrawing(false)}
          pending={withdraw.isPending}
          error={withdraw.error}
          danger
          onConfirm={() =>
            withdraw.mutate(list.segmentId, {
              onSuccess: () => {
                setWithdrawing(false);
                onDone(t('mission.speakers.withdrawDone', { title }));
              },
            })
          }
        >
          <Text>{t('mission.speakers.withdrawBody', { name: mine.speakerName, order: mine.order })}</Text>
        </ConfirmDialog>
      )}
    </section>
  );
}
