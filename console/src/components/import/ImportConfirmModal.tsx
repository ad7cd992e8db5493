import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  opened: boolean;
  count: number;
  listTitle: string;
  fileName: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Says what the import will do before it is done: how many organizations, on which list, all or nothing. */
export function ImportConfirmModal({ opened, count, listTitle, fileName, pending, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      opened={opened}
      title={t('import.confirm.title', { count })}
      confirmLabel={t('import.confirm.submit', { count })}
      cancelLabel={t('import.confirm.cancel')}
      onConfirm={onConfirm}
      onClose={onClose}
      pending={pending}
    >
      <Text mb="sm">{t('import.confirm.what', { count, list: listTitle, file: fileName })}</Text>
      <Text mb="sm">{t('import.confirm.allOrNothing')}</Text>
      <Text>{t('import.confirm.next')}</Text>
    </ConfirmDialog>
  );
}
