import { Button, Group, Loader, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllPanels, useRespondToInvitation, type PanelView } from '../../api/mission-queries';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInstant } from '../../format/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ResultMessage } from './ResultMessage';

type Invitation = PanelView & { meetingId: string };

/** The panels whose chair the State is invited to be (paragraph 3), across meetings: accept or decline. */
export function InvitationsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const all = useAllPanels();
  const [answer, setAnswer] = useState<{ invitation: Invitation; accept: boolean }>();
  const [result, setResult] = useState<string>();
  const invitations = all.panels.filter((panel) => panel.chair?.state === session?.claims.state);
  const meetingOf = (id: string) => all.meetings.data?.find((meeting) => meeting.id === id);

  return (
    <div className="no-reading">
      <Title order={1} mb="xs">
        {t('mission.invitations.title')}
      </Title>
      <Text mb="lg">{t('mission.invitations.intro')}</Text>
      <ResultMessage message={result} />
      {all.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {all.error && <ProblemAlert error={all.error} />}
      {!all.isPending && invitations.length === 0 && <Text>{t('mission.invitations.none')}</Text>}
      {invitations.map((invitation) => (
        <InvitationCard
          key={`${invitation.meetingId}/${invitation.id}`}
          invitation={invitation}
          meetingTitle={meetingOf(invitation.meetingId)?.title ?? invitation.meetingId}
          timezone={meetingOf(invitation.meetingId)?.timezone ?? 'UTC'}
          onAnswer={(accept) => {
            setResult(undefined);
            setAnswer({ invitation, accept });
          }}
        />
      ))}
      {answer && (
        <AnswerDialog
          {...answer}
          meetingTitle={meetingOf(answer.invitation.meetingId)?.title ?? answer.invitation.meetingId}
          onClose={() => setAnswer(undefined)}
          onDone={(message) => {
            setAnswer(undefined);
            setResult(message);
          }}
        />
      )}
    </div>
  );
}

interface InvitationCardProps {
  invitation: Invitation;
  meetingTitle: string;
  timezone: string;
  onAnswer: (accept: boolean) => void;
}

function InvitationCard({ invitation, meetingTitle, timezone, onAnswer }: InvitationCardProps) {
  const { t, i18n } = useTranslation();
  const headingId = `panel-${invitation.meetingId}-${invitation.id}`;
  const status = invitation.chair?.status ?? 'invited';
  return (
    <article className="no-mission-entry" aria-labelledby={headingId}>
      <Text className="no-mission-meeting">{meetingTitle}</Text>
      <Title order={2} size="h3" id={headingId} className="no-mission-entry-name">
        {invitation.title}
      </Title>
      <Text fs="italic">{invitation.theme}</Text>
      <Text mt="xs">{t('mission.invitations.when', { start: formatInstant(invitation.startsAt, timezone, i18n.language) })}</Text>
      <Text mt="xs" fw={600}>
        {t(`mission.invitations.status.${status}`)}
      </Text>
      {status === 'invited' && (
        <Group mt="sm">
          <Button aria-label={t('mission.invitations.acceptLabel', { panel: invitation.title })} onClick={() => onAnswer(true)}>
            {t('mission.invitations.accept')}
          </Button>
          <Button
            variant="default"
            aria-label={t('mission.invitations.declineLabel', { panel: invitation.title })}
            onClick={() => onAnswer(false)}
          >
            {t('mission.invitations.decline')}
          </Button>
        </Group>
      )}
    </article>
  );
}

interface AnswerDialogProps {
  invitation: Invitation;
  accept: boolean;
  meetingTitle: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

function AnswerDialog({ invitation, accept, meetingTitle, onClose, onDone }: AnswerDialogProps) {
  const { t } = useTranslation();
  const respond = useRespondToInvitation();
  const words = { panel: invitation.title, meeting: meetingTitle };
  const verb = accept ? 'accept' : 'decline';
  return (
    <ConfirmDialog
      opened
      title={t(`mission.invitations.${verb}Title`, words)}
      confirmLabel={t(`mission.invitations.${verb}Confirm`)}
      onClose={onClose}
      pending={respond.isPending}
      error={respond.error}
      danger={!accept}
      onConfirm={() =>
        respond.mutate(
          { meetingId: invitation.meetingId, panelId: invitation.id, accept },
          { onSuccess: () => onDone(t(`mission.invitations.${verb}Done`, words)) },
        )
      }
    >
      <Text>{t(`mission.invitations.${verb}Body`, words)}</Text>
    </ConfirmDialog>
  );
}
