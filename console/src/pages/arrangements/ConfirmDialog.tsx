import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';

interface Props {
  opened: boolean;
  title: string;
  /** What will happen, in plain words (how many, until when). */
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  danger?: boolean;
}

/**
 * A confirmation before a step that cannot be taken back. `lockScroll` is off: Mantine's scroll lock writes a
 * runtime <style> element, which the console's Content-Security-Policy (style-src 'self') blocks.
 */
export function ConfirmDialog({ opened, title, body, confirmLabel, cancelLabel, onConfirm, onClose, pending, error, danger }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      centered
      lockScroll={false}
      closeButtonProps={{ 'aria-label': t('arrangements.closeDialog') }}
    >
      <Text className="no-reading">{body}</Text>
      {error ? <ProblemAlert error={error} /> : null}
      <Group mt="md">
        <Button onClick={onConfirm} loading={pending} color={danger ? 'red' : undefined} data-autofocus>
          {confirmLabel}
        </Button>
        <Button variant="default" onClick={onClose}>
          {cancelLabel}
        </Button>
      </Group>
    </Modal>
  );
}
