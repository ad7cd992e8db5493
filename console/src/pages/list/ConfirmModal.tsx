import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogProps } from './dialog-props';
import { ProblemAlert } from '../../components/ProblemAlert';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  /** What will happen, in plain words (how many entries, until when). */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending?: boolean;
  error?: unknown;
  danger?: boolean;
  /** A "Back" button to the previous step instead of "Cancel". */
  onBack?: () => void;
}

/** The last check before an irreversible step: says what will happen, and shows the engine's refusal next to the button. */
export function ConfirmModal(props: ConfirmModalProps) {
  const { t } = useTranslation();
  const dialogProps = useDialogProps();
  const { opened, title, children, confirmLabel, onConfirm, onClose, pending, error, danger, onBack } = props;
  return (
    <Modal {...dialogProps} opened={opened} onClose={onClose} title={title} size="lg" centered>
      <Stack gap="md">
        {children}
        {error !== undefined && error !== null && <ProblemAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onBack ?? onClose} disabled={pending}>
            {onBack ? t('list.actions.back') : t('list.actions.cancel')}
          </Button>
          <Button color={danger ? 'red' : undefined} onClick={onConfirm} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
