import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { useCancelBatch, type Batch, type ListKey } from '../../api/list-queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DialogActions } from '../../components/DialogActions';

interface CancelBatchModalProps {
  listKey: ListKey;
  batch: Batch;
  entries: number;
  onClose: () => void;
  onDone: (message: string) => void;
}

const reasonProblem = (error: unknown) =>
  error instanceof ApiProblem && error.code === 'VALIDATION_FAILED' ? (error.fieldProblems.reason?.join(' ') ?? error.message) : undefined;

/** Cancelling an open batch: a reason (required), then a check that says what lapses, then the result. */
export function CancelBatchModal({ listKey, batch, entries, onClose, onDone }: CancelBatchModalProps) {
  const { t } = useTranslation();
  const cancel = useCancelBatch(listKey);
  const [reason, setReason] = useState('');
  const [step, setStep] = useState<'reason' | 'confirm'>('reason');
  const [fieldError, setFieldError] = useState<string>();

  const toConfirm = () => {
    if (!reason.trim()) return setFieldError(t('list.cancelBatch.reasonMissing'));
    setFieldError(undefined);
    cancel.reset();
    setStep('confirm');
  };

  const confirm = () =>
    cancel.mutate(
      { batch: batch.number, reason: reason.trim() },
      {
        onSuccess: () => onDone(t('list.cancelBatch.done', { batch: batch.number, count: entries })),
        onError: (error) => {
          const problem = reasonProblem(error);
          if (problem) {
            setFieldError(problem);
            setStep('reason');
          }
        },
      },
    );

  if (step === 'confirm') {
    return (
      <ConfirmDialog
        opened
        danger
        title={t('list.cancelBatch.confirmTitle', { batch: batch.number })}
        confirmLabel={t('list.cancelBatch.confirm', { batch: batch.number })}
        onConfirm={confirm}
        onClose={onClose}
        onBack={() => setStep('reason')}
        pending={cancel.isPending}
        error={cancel.isError && !reasonProblem(cancel.error) ? cancel.error : undefined}
      >
        <Text>{t('list.cancelBatch.what', { count: entries, batch: batch.number })}</Text>
        <Text className="no-quote">{reason.trim()}</Text>
      </ConfirmDialog>
    );
  }

  return (
    <Modal opened onClose={onClose} title={t('list.cancelBatch.title', { batch: batch.number })}>
      <Stack gap="md">
        <ErrorSummary items={fieldError ? [{ fieldId: 'cancel-batch-reason', message: fieldError }] : []} />
        <Textarea
          id="cancel-batch-reason"
          label={t('list.cancelBatch.reason')}
          description={t('list.cancelBatch.reasonHelp')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={fieldError}
          maxLength={2000}
          autosize
          minRows={3}
          required
        />
        <DialogActions onCancel={onClose}>
          <Button onClick={toConfirm}>{t('list.actions.continue')}</Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}
