import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
    // lockScroll off: its scroll lock injects a <style> element, which the Content-Security-Policy refuses.
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('import.confirm.title', { count })}
      centered
      size="lg"
      lockScroll={false}
      classNames={{ title: 'no-modal-title' }}
      closeButtonProps={{ 'aria-label': t('import.confirm.close') }}
    >
      <Text mb="sm">{t('import.confirm.what', { count, list: listTitle, file: fileName })}</Text>
      <Text mb="sm">{t('import.confirm.allOrNothing')}</Text>
      <Text mb="lg">{t('import.confirm.next')}</Text>
      <Group>
        <Button onClick={onConfirm} loading={pending}>
          {t('import.confirm.submit', { count })}
        </Button>
        <Button variant="default" onClick={onClose} disabled={pending}>
          {t('import.confirm.cancel')}
        </Button>
      </Group>
    </Modal>
  );
}
