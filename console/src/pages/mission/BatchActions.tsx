import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDisownObjection, useRequestBasis, useWithdrawObjection, type EntryView } from '../../api/mission-queries';
import { formatInstant } from '../../format/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { EntryAction } from './EntryCard';
import { ObjectDialog } from './ObjectDialog';
import { listOf, useStateNames } from '../../format/state-names';

interface BatchActionsProps {
  meetingId: string;
  listId: string;
  action: { kind: EntryAction; entry: EntryView };
  myState: string;
  deadline: string;
  timezone: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** The dialog of the action the mission chose on an entry: each says what will happen and asks for confirmation. */
export function BatchActions(props: BatchActionsProps) {
  const { i18n } = useTranslation();
  const deadline = formatInstant(props.deadline, props.timezone, i18n.language);
  const { kind, entry } = props.action;
  if (kind === 'object') return <ObjectDialog {...props} entry={entry} deadline={deadline} />;
  if (kind === 'withdraw') return <WithdrawDialog {...props} deadline={deadline} />;
  if (kind === 'disown') return <DisownDialog {...props} />;
  return <BasisDialog {...props} />;
}

function WithdrawDialog({ meetingId, listId, action, deadline, onClose, onDone }: BatchActionsProps & { deadline: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawObjection(meetingId, listId);
  const name = action.entry.organization.name;
  return (
    <ConfirmDialog
      opened
      title={t('mission.withdraw.title', { name })}
      confirmLabel={t('mission.withdraw.confirm')}
      onClose={onClose}
      pending={withdraw.isPending}
      error={withdraw.error}
      onConfirm={() =>
        withdraw.mutate({ entryId: action.entry.id, input: undefined }, { onSuccess: () => onDone(t('mission.withdraw.done', { name })) })
      }
    >
      <Text>{t('mission.withdraw.body', { name, deadline })}</Text>
    </ConfirmDialog>
  );
}

function DisownDialog({ meetingId, listId, action, onClose, onDone }: BatchActionsProps) {
  const { t, i18n } = useTranslation();
  const nameOf = useStateNames();
  const disown = useDisownObjection(meetingId, listId);
  const name = action.entry.organization.name;
  const states = listOf(
    (action.entry.objectionsOnMyBehalf ?? []).map((objection) => nameOf(objection.state)),
    i18n.language,
  );
  return (
    <ConfirmDialog
      opened
      title={t('mission.disown.title', { name })}
      confirmLabel={t('mission.disown.confirm')}
      onClose={onClose}
      pending={disown.isPending}
      error={disown.error}
      onConfirm={() =>
        disown.mutate(
          { entryId: action.entry.id, input: undefined },
          { onSuccess: () => onDone(t('mission.disown.done', { name, states })) },
        )
      }
    >
      <Text>{t('mission.disown.body', { name, states })}</Text>
    </ConfirmDialog>
  );
}

function BasisDialog({ meetingId, listId, action, onClose, onDone }: BatchActionsProps) {
  const { t } = useTranslation();
  const request = useRequestBasis(meetingId, listId);
  const name = action.entry.organization.name;
  return (
    <ConfirmDialog
      opened
      title={t('mission.basis.title', { name })}
      confirmLabel={t('mission.basis.confirm')}
      onClose={onClose}
      pending={request.isPending}
      error={request.error}
      onConfirm={() =>
        request.mutate({ entryId: action.entry.id, input: undefined }, { onSuccess: () => onDone(t('mission.basis.done', { name })) })
      }
    >
      <Text>{t('mission.basis.body', { name })}</Text>
    </ConfirmDialog>
  );
}
