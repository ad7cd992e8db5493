import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './ProblemAlert';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  /** The button that closes the dialog without doing anything ("Cancel" unless said otherwise). */
  cancelLabel?: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  danger?: boolean;
}

/**
 * "Are you sure?" before a step that cannot be taken back, saying what will happen; the engine's refusal shows
 * above the buttons. Focus is not returned to the opener: the result message that follows takes it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { opened, title, children, confirmLabel, cancelLabel, onConfirm, onClose, pending, error, danger } = props;
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      returnFocus={false}
      // Mantine locks the page's scroll with an injected <style>, which the Content-Security-Policy refuses.
      lockScroll={false}
      closeButtonProps={{ 'aria-label': t('dialog.close') }}
    >
      <Stack gap="md">
        <div className="no-dialog-body">{children}</div>
        {error ? <ProblemAlert error={error} /> : null}
        <Group>
          <Button onClick={onConfirm} loading={pending} color={danger ? 'red' : undefined} data-autofocus>
            {confirmLabel}
          </Button>
          <Button variant="default" onClick={onClose}>
            {cancelLabel ?? t('dialog.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
