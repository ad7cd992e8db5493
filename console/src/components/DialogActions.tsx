import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogActionsProps {
  /** The primary button. */
  children: ReactNode;
  onCancel: () => void;
  /** "Cancel" unless said otherwise. */
  cancelLabel?: string;
  disabled?: boolean;
}

/**
 * A dialog's buttons: the action first, then the way out, left-aligned under the text, as GOV.UK's button groups
 * have it (the primary button first in a group; a person who zooms in or reads with a screen reader meets the
 * action next to what it does). Mantine's own confirm modal (@mantine/modals) puts "Cancel" first on the right;
 * the console does not follow it.
 */
export function DialogActions({ children, onCancel, cancelLabel, disabled }: DialogActionsProps) {
  const { t } = useTranslation();
  return (
    <Group>
      {children}
      <Button variant="default" onClick={onCancel} disabled={disabled}>
        {cancelLabel ?? t('dialog.cancel')}
      </Button>
    </Group>
  );
}
