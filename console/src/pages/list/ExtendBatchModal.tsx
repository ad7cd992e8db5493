import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogProps } from './dialog-props';
import { useExtendBatch, type Batch, type ListKey } from '../../api/list-queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { onTwoClocks } from '../../format/dates';
import { ConfirmModal } from './ConfirmModal';
import { DeadlineFields, type DeadlineDraft } from './DeadlineFields';
import { deadlineProblem } from './deadline-errors';
import { instantOf, wallClockOf } from '../../format/zoned-time';

interface ExtendBatchModalProps {
  listKey: ListKey;
  batch: Batch;
  entries: number;
  timeZone: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** A later deadline for an open batch, on the meeting's clock, then a check, then the result. */
export function ExtendBatchModal({ listKey, batch, entries, timeZone, onClose, onDone }: ExtendBatchModalProps) {
  const { t, i18n } = useTranslation();
  const dialogProps = useDialogProps();
  const extend = useExtendBatch(listKey);
  const [draft, setDraft] = useState<DeadlineDraft>(() => wallClockOf(new Date(Date.parse(batch.deadline) + 7 * 86_400_000), timeZone));
  const [step, setStep] = useState<'deadline' | 'confirm'>('deadline');
  const [fieldError, setFieldError] = useState<string>();
  const instant = instantOf(draft, timeZone);
  const current = onTwoClocks(batch.deadline, timeZone, i18n.language).meeting;

  const toConfirm = () => {
    if (!instant) return setFieldError(t('list.deadline.invalid'));
    if (Date.parse(instant) <= Date.parse(batch.deadline)) return setFieldError(t('list.extend.notLater', { current }));
    setFieldError(undefined);
    extend.reset();
    setStep('confirm');
  };

  const confirm = () =>
    extend.mutate(
      { batch: batch.number, deadline: instant! },
      {
        onSuccess: (result) =>
          onDone(t('list.extend.done', { batch: batch.number, deadline: onTwoClocks(result.deadline, timeZone, i18n.language).meeting })),
        onError: (error) => {
          const problem = deadlineProblem(error);
          if (problem) {
            setFieldError(problem);
            setStep('deadline');
          }
        },
      },
    );

  if (step === 'confirm' && instant) {
    const clocks = onTwoClocks(instant, timeZone, i18n.language);
    return (
      <ConfirmModal
        opened
        title={t('list.extend.confirmTitle', { batch: batch.number })}
        confirmLabel={t('list.extend.confirm')}
        onConfirm={confirm}
        onClose={onClose}
        onBack={() => setStep('deadline')}
        pending={extend.isPending}
        error={extend.isError && !deadlineProblem(extend.error) ? extend.error : undefined}
      >
        <Text>{t('list.extend.what', { count: entries, batch: batch.number, current })}</Text>
        <Text fw={600}>{t('list.extend.until', { deadline: clocks.meeting })}</Text>
        {clocks.viewer && <Text className="no-secondary">{t('list.deadline.yourTime', { time: clocks.viewer })}</Text>}
      </ConfirmModal>
    );
  }

  return (
    <Modal {...dialogProps} opened onClose={onClose} title={t('list.extend.title', { batch: batch.number })} size="lg" centered>
      <Stack gap="md">
        <ErrorSummary items={fieldError ? [{ fieldId: 'extend-deadline-date', message: fieldError }] : []} />
        <Text>{t('list.extend.intro', { current })}</Text>
        <DeadlineFields idPrefix="extend-deadline" value={draft} onChange={setDraft} timeZone={timeZone} error={fieldError} />
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
