import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useExtendBatch, type Batch, type ListKey } from '../../api/list-queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { onTwoClocks } from '../../format/dates';
import { wallClockOf } from '../../format/zoned-time';
import { useDeadlineSteps } from './deadline-step';
import { DeadlineStep } from './DeadlineStep';

interface ExtendBatchModalProps {
  listKey: ListKey;
  batch: Batch;
  entries: number;
  timeZone: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

const WEEK_MS = 7 * 86_400_000;

/** A later deadline for an open batch, on the meeting's clock, then a check, then the result. */
export function ExtendBatchModal({ listKey, batch, entries, timeZone, onClose, onDone }: ExtendBatchModalProps) {
  const { t, i18n } = useTranslation();
  const extend = useExtendBatch(listKey);
  const current = onTwoClocks(batch.deadline, timeZone, i18n.language).meeting;
  const steps = useDeadlineSteps(
    timeZone,
    () => wallClockOf(Date.parse(batch.deadline) + WEEK_MS, timeZone),
    (instant) => (Date.parse(instant) <= Date.parse(batch.deadline) ? t('list.extend.notLater', { current }) : undefined),
  );

  const confirm = (deadline: string) =>
    extend.mutate(
      { batch: batch.number, deadline },
      {
        onSuccess: (result) =>
          onDone(t('list.extend.done', { batch: batch.number, deadline: onTwoClocks(result.deadline, timeZone, i18n.language).meeting })),
        onError: steps.refused,
      },
    );

  const { instant } = steps;
  if (steps.step === 'deadline' || !instant) {
    return (
      <DeadlineStep
        idPrefix="extend-deadline"
        title={t('list.extend.title', { batch: batch.number })}
        intro={t('list.extend.intro', { current })}
        value={steps.draft}
        onChange={steps.setDraft}
        timeZone={timeZone}
        error={steps.fieldError}
        onContinue={() => steps.toConfirm(extend.reset)}
        onClose={onClose}
      />
    );
  }
  const clocks = onTwoClocks(instant, timeZone, i18n.language);
  return (
    <ConfirmDialog
      opened
      title={t('list.extend.confirmTitle', { batch: batch.number })}
      confirmLabel={t('list.extend.confirm')}
      onConfirm={() => confirm(instant)}
      onClose={onClose}
      onBack={steps.back}
      pending={extend.isPending}
      error={steps.otherError(extend.isError, extend.error)}
    >
      <Text>{t('list.extend.what', { count: entries, batch: batch.number, current })}</Text>
      <Text fw={600}>{t('list.extend.until', { deadline: clocks.meeting })}</Text>
      {clocks.viewer && <Text className="no-secondary">{t('list.deadline.yourTime', { time: clocks.viewer })}</Text>}
    </ConfirmDialog>
  );
}
