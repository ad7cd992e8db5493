import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWithdrawEntries, type Entry, type ListKey } from '../../api/list-queries';
import { problemMessage } from '../../components/ProblemAlert';
import { ConfirmDialog } from '../../components/ConfirmDialog';

const NAMED = 5;

interface WithdrawModalProps {
  listKey: ListKey;
  entries: Entry[];
  onClose: () => void;
  onDone: (message: string, withdrawn: string[]) => void;
}

/** Withdrawing one entry or a selection: names what goes, then withdraws each and says how it went. */
export function WithdrawModal({ listKey, entries, onClose, onDone }: WithdrawModalProps) {
  const { t } = useTranslation();
  const withdraw = useWithdrawEntries(listKey);
  const names = entries.slice(0, NAMED).map((entry) => entry.organization.name);

  const confirm = () =>
    withdraw.mutate(
      entries.map((entry) => entry.id),
      {
        onSuccess: ({ withdrawn, refused }) => {
          const done = t('list.withdraw.done', { count: withdrawn.length });
          const first = refused[0];
          const problem = first ? ` ${t('list.withdraw.refused', { count: refused.length, message: problemMessage(first.error, t) })}` : '';
          onDone(`${done}${problem}`, withdrawn);
        },
      },
    );

  return (
    <ConfirmDialog
      opened
      danger
      title={t('list.withdraw.title', { count: entries.length })}
      confirmLabel={t('list.withdraw.confirm', { count: entries.length })}
      onConfirm={confirm}
      onClose={onClose}
      pending={withdraw.isPending}
      error={withdraw.error ?? undefined}
    >
      <Text>{t('list.withdraw.what', { count: entries.length })}</Text>
      <List size="sm">
        {names.map((name, index) => (
          <List.Item key={`${index}-${name}`}>{name}</List.Item>
        ))}
      </List>
      {entries.length > NAMED && <Text size="sm">{t('list.withdraw.andMore', { count: entries.length - NAMED })}</Text>}
      <Text size="sm">{t('list.withdraw.after')}</Text>
    </ConfirmDialog>
  );
}
