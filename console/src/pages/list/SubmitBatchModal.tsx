import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogProps } from './dialog-props';
import { useSubmitBatch, type ListKey } from '../../api/list-queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { onTwoClocks } from '../../format/dates';
import { ConfirmModal } from './ConfirmModal';
import { DeadlineFields, type DeadlineDraft } from './DeadlineFields';
import { deadlineProblem } from './deadline-errors';
import { defaultDeadline, instantOf } from '../../format/zoned-time';

interface SubmitBatchModalProps {
  listKey: ListKey;
  timeZone: string;
  proposed: number;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "Submit to Member States": a deadline on the meeting's clock, then a check of what will happen, then the result. */
export function SubmitBatchModal({ listKey, timeZone, proposed, onClose, onDone }: SubmitBatchModalProps) {
  const { t, i18n } = useTranslation();
  const dialogProps = useDialogProps();
  const submit = useSubmitBatch(listKey);
  const [draft, setDraft] = useState<DeadlineDraft>(() => defaultDeadline(timeZone, 14));
  const [step, setStep] = useState<'deadline' | 'confirm'>('deadline');
  const [fieldError, setFieldError] = useState<string>();
  const instant = instantOf(draft, timeZone);

  const toConfirm = () => {
    if (!instant) return setFieldError(t('list.deadline.invalid'));
    if (new Date(instant).getTime() <= Date.now()) return setFieldError(t('list.deadline.past'));
    setFieldError(undefined);
    submit.reset();
    setStep('confirm');
  };

  const confirm = () =>
    submit.mutate(instant!, {
      onSuccess: (result) => {
        const clocks = onTwoClocks(result.deadline, timeZone, i18n.language);
        onDone(t('list.submit.done', { count: result.entryIds.length, batch: result.batch, deadline: clocks.meeting }));
      },
      onError: (error) => {
        const problem = deadlineProblem(error);
        if (problem) {
          setFieldError(problem);
          setStep('deadline');
        }
      },
    });

  if (step === 'confirm' && instant) {
    const clocks = onTwoClocks(instant, timeZone, i18n.language);
    return (
      <ConfirmModal
        opened
        title={t('list.submit.confirmTitle')}
        confirmLabel={t('list.submit.confirm', { count: proposed })}
        onConfirm={confirm}
        onClose={onClose}
        onBack={() => setStep('deadline')}
        pending={submit.isPending}
        error={submit.isError && !deadlineProblem(submit.error) ? submit.error : undefined}
      >
        <Text>{t('list.submit.what', { count: proposed })}</Text>
        <Text fw={600}>{t('list.submit.until', { deadline: clocks.meeting })}</Text>
        {clocks.viewer && <Text className="no-secondary">{t('list.deadline.yourTime', { time: clocks.viewer })}</Text>}
        <Text size="sm">{t('list.submit.after')}</Text>
      </ConfirmModal>
    );
  }

  return (
    <Modal {...dialogProps} opened onClose={onClose} title={t('list.submit.title')} size="lg" centered>
      <Stack gap="md">
        <ErrorSummary items={fieldError ? [{ fieldId: 'submit-deadline-date', message: fieldError }] : []} />
        <Text>{t('list.submit.intro', { count: proposed })}</Text>
        <DeadlineFields idPrefix="submit-deadline" value={draft} onChange={setDraft} timeZone={timeZone} error={fieldError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('list.actions.cancel')}
          </Button>
          <Button onClick={toConfirm}>{t('list.actions.continue')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
