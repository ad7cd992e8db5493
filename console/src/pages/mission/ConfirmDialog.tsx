import { Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  danger?: boolean;
}

/** "Are you sure?" before a step, saying what will happen; the engine's refusal shows above the buttons. */
export function ConfirmDialog({ opened, title, children, confirmLabel, onConfirm, onClose, pending, error, danger }: ConfirmDialogProps) {
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
      closeButtonProps={{ 'aria-label': t('mission.close') }}
    >
      <Stack gap="md">
        <div className="no-mission-dialog-body">{children}</div>
        {error ? <ProblemAlert error={error} /> : null}
        <Group>
          <Button onClick={onConfirm} loading={pending} color={danger ? 'red' : undefined} data-autofocus>
            {confirmLabel}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('mission.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
