import { Group, SegmentedControl, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TIME_MODES, type TimeMode } from './event-time';

/** A History page's heading, with the choice of how times read beside it. */
export function PageHeading({ title, timeMode, onTimeMode }: { title: string; timeMode: TimeMode; onTimeMode: (mode: TimeMode) => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-end" mt="xs" mb="sm">
      <Title order={1}>{title}</Title>
      <SegmentedControl
        aria-label={t('history.time.label')}
        data={TIME_MODES.map((mode) => ({ value: mode, label: t(`history.time.${mode}`) }))}
        value={timeMode}
        onChange={onTimeMode}
        size="xs"
      />
    </Group>
  );
}
