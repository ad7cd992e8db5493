import { Button, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogActions } from './DialogActions';
import { ProblemAlert } from './ProblemAlert';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in plain words (how many entries, until when). */
  children: ReactNode;
  confirmLabel: string;
  /** The button that closes the dialog without doing anything ("Cancel" unless said otherwise). */
  cancelLabel?: string;
  onConfirm: () => void;
  onClose: () => void;
  pending?: boolean;
  error?: unknown;
  danger?: boolean;
  /** A "Back" button to the previous step of a dialog instead of "Cancel". */
  onBack?: () => void;
}

/**
 * "Are you sure?" before a step that cannot be taken back, saying what will happen; the engine's refusal shows
 * above the buttons. Focus is not returned to the opener: the result message that follows takes it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { opened, title, children, confirmLabel, cancelLabel, onConfirm, onClose, pending, error, danger, onBack } = props;
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} returnFocus={false}>
      <Stack gap="md">
        <div className="no-dialog-body">{children}</div>
        {error ? <ProblemAlert error={error} /> : null}
        <DialogActions onCancel={onBack ?? onClose} cancelLabel={onBack ? t('dialog.back') : cancelLabel} disabled={pending}>
          <Button onClick={onConfirm} loading={pending} color={danger ? 'red' : undefined} data-autofocus>
            {confirmLabel}
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}
