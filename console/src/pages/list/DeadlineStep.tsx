import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DialogActions } from '../../components/DialogActions';
import { ErrorSummary } from '../../components/ErrorSummary';
import { onTwoClocks } from '../../format/dates';
import { instantOf, zoneLabel, type WallClock } from '../../format/zoned-time';

interface DeadlineStepProps {
  /** "submit-deadline": the fields' ids start with it. */
  idPrefix: string;
  title: string;
  intro: string;
  value: WallClock;
  onChange: (next: WallClock) => void;
  timeZone: string;
  error?: string;
  onContinue: () => void;
  onClose: () => void;
}

/** The first step of submitting or extending a batch: the deadline, then "Continue" to the check. */
export function DeadlineStep({ idPrefix, title, intro, onContinue, onClose, ...fields }: DeadlineStepProps) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title}>
      <Stack gap="md">
        <ErrorSummary items={fields.error ? [{ fieldId: `${idPrefix}-date`, message: fields.error }] : []} />
        <Text>{intro}</Text>
        <DeadlineFields idPrefix={idPrefix} {...fields} />
        <DialogActions onCancel={onClose}>
          <Button onClick={onContinue}>{t('list.actions.continue')}</Button>
        </DialogActions>
      </Stack>
    </Modal>
  );
}

type DeadlineFieldsProps = Pick<DeadlineStepProps, 'idPrefix' | 'value' | 'onChange' | 'timeZone' | 'error'>;

/** A deadline typed on the meeting's clock (native date and time inputs), the zone named, the result on two clocks. */
function DeadlineFields({ idPrefix, value, onChange, timeZone, error }: DeadlineFieldsProps) {
  const { t, i18n } = useTranslation();
  const instant = instantOf(value, timeZone);
  const clocks = instant ? onTwoClocks(instant, timeZone, i18n.language) : undefined;
  return (
    <div>
      <Text fw={600} size="sm" id={`${idPrefix}-legend`}>
        {t('list.deadline.legend')}
      </Text>
      <Text className="no-secondary" mb="xs">
        {t('list.deadline.zone', { zone: zoneLabel(timeZone, instant ? new Date(instant) : new Date()) })}
      </Text>
      <Group align="flex-start" gap="md">
        <TextInput
          id={`${idPrefix}-date`}
          type="date"
          label={t('list.deadline.date')}
          value={value.date}
          onChange={(event) => onChange({ ...value, date: event.currentTarget.value })}
          error={error}
          required
        />
        <TextInput
          id={`${idPrefix}-time`}
          type="time"
          label={t('list.deadline.time')}
          value={value.time}
          onChange={(event) => onChange({ ...value, time: event.currentTarget.value })}
          required
        />
      </Group>
      {clocks && (
        <Text size="sm" mt="xs" aria-live="polite">
          {t('list.deadline.preview', { time: clocks.meeting })}
          {clocks.viewer && <span className="no-secondary"> {t('list.deadline.yourTime', { time: clocks.viewer })}</span>}
        </Text>
      )}
    </div>
  );
}
