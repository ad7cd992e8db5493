import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSubmitBatch, type ListKey } from '../../api/list-queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { onTwoClocks } from '../../format/dates';
import { defaultDeadline } from '../../format/zoned-time';
import { useDeadlineSteps } from './deadline-step';
import { DeadlineStep } from './DeadlineStep';

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
  const submit = useSubmitBatch(listKey);
  const steps = useDeadlineSteps(
    timeZone,
    () => defaultDeadline(timeZone, 14),
    (instant) => (Date.parse(instant) <= Date.now() ? t('list.deadline.past') : undefined),
  );

  const confirm = (instant: string) =>
    submit.mutate(instant, {
      onSuccess: (result) => {
        const clocks = onTwoClocks(result.deadline, timeZone, i18n.language);
        onDone(t('list.submit.done', { count: result.entryIds.length, batch: result.batch, deadline: clocks.meeting }));
      },
      onError: steps.refused,
    });

  const { instant } = steps;
  if (steps.step === 'deadline' || !instant) {
    return (
      <DeadlineStep
        idPrefix="submit-deadline"
        title={t('list.submit.title')}
        intro={t('list.submit.intro', { count: proposed })}
        value={steps.draft}
        onChange={steps.setDraft}
        timeZone={timeZone}
        error={steps.fieldError}
        onContinue={() => steps.toConfirm(submit.reset)}
        onClose={onClose}
      />
    );
  }
  const clocks = onTwoClocks(instant, timeZone, i18n.language);
  return (
    <ConfirmDialog
      opened
      title={t('list.submit.confirmTitle')}
      confirmLabel={t('list.submit.confirm', { count: proposed })}
      onConfirm={() => confirm(instant)}
      onClose={onClose}
      onBack={steps.back}
      pending={submit.isPending}
      error={steps.otherError(submit.isError, submit.error)}
    >
      <Text>{t('list.submit.what', { count: proposed })}</Text>
      <Text fw={600}>{t('list.submit.until', { deadline: clocks.meeting })}</Text>
      {clocks.viewer && <Text className="no-secondary">{t('list.deadline.yourTime', { time: clocks.viewer })}</Text>}
      <Text size="sm">{t('list.submit.after')}</Text>
    </ConfirmDialog>
  );
}
