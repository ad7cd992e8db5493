import { Alert, Button, Fieldset, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SEGMENT_KINDS, type SegmentKind } from '../../api/arrangements-queries';
import { fieldId, type RowErrors, type SegmentRow } from './programme-draft';
import { instantOf, zoneName } from '../../format/zoned-time';

interface Props {
  row: SegmentRow;
  index: number;
  count: number;
  /** The meeting's time zone: each time is shown with its abbreviation on the segment's day (EDT, EST). */
  timeZone: string;
  errors: RowErrors;
  onChange: (patch: Partial<SegmentRow>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One segment of the programme editor: kind, title, id, theme, day and times on the meeting's clock, and its place. */
export function SegmentFieldset({ row, index, count, timeZone, errors, onChange, onMove, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const zone = zoneName(instantOf({ date: row.date, time: '12:00' }, timeZone) ?? Date.now(), timeZone, i18n.language);
  const number = index + 1;
  const id = (field: Parameters<typeof fieldId>[1]) => fieldId(index, field);
  return (
    <Fieldset
      legend={t('arrangements.editor.segmentLegend', { number, kind: t(`arrangements.kinds.${row.kind}`) })}
      className={errors.row ? 'no-arr-segment-fieldset no-arr-has-error' : 'no-arr-segment-fieldset'}
    >
      {errors.row && (
        <Alert color="red" variant="outline" mb="sm" role="alert" title={t('arrangements.editor.segmentProblem', { number })}>
          {errors.row}
        </Alert>
      )}
      <div className="no-arr-segment-grid">
        <NativeSelect
          id={id('kind')}
          label={t('arrangements.editor.kind')}
          value={row.kind}
          onChange={(event) => onChange({ kind: event.currentTarget.value as SegmentKind })}
          data={SEGMENT_KINDS.map((kind) => ({ value: kind, label: t(`arrangements.kinds.${kind}`) }))}
          error={errors.kind}
        />
        <TextInput
          id={id('title')}
          className="no-arr-wide"
          label={t('arrangements.editor.segmentTitle')}
          value={row.title}
          onChange={(event) => onChange({ title: event.currentTarget.value })}
          error={errors.title}
          required
        />
        <TextInput
          id={id('id')}
          label={t('arrangements.editor.identifier')}
          value={row.id}
          onChange={(event) => onChange({ id: event.currentTarget.value })}
          error={errors.id}
          description={t('arrangements.editor.identifierHelp')}
          spellCheck={false}
          autoComplete="off"
          required
        />
        <TextInput
          id={id('theme')}
          className="no-arr-full"
          label={row.kind === 'panel' ? t('arrangements.editor.themePanel') : t('arrangements.editor.themeOptional')}
          value={row.theme}
          onChange={(event) => onChange({ theme: event.currentTarget.value })}
          error={errors.theme}
          required={row.kind === 'panel'}
        />
        <TextInput
          id={id('date')}
          type="date"
          label={t('arrangements.editor.date')}
          value={row.date}
          onChange={(event) => onChange({ date: event.currentTarget.value })}
          error={errors.date}
          required
        />
        <TextInput
          id={id('start')}
          type="time"
          label={t('arrangements.editor.start', { zone })}
          value={row.start}
          onChange={(event) => onChange({ start: event.currentTarget.value })}
          error={errors.start}
          required
        />
        <TextInput
          id={id('end')}
          type="time"
          label={row.kind === 'closing-plenary' ? t('arrangements.editor.endOptional', { zone }) : t('arrangements.editor.end', { zone })}
          description={row.kind === 'closing-plenary' ? t('arrangements.editor.endClosingHelp') : undefined}
          value={row.end}
          onChange={(event) => onChange({ end: event.currentTarget.value })}
          error={errors.end}
          required={row.kind !== 'closing-plenary'}
        />
      </div>
      <Group gap="xs" mt="sm">
        <Button variant="subtle" size="compact-sm" disabled={index === 0} onClick={() => onMove(-1)}>
          {t('arrangements.editor.moveUp', { number })}
        </Button>
        <Button variant="subtle" size="compact-sm" disabled={index === count - 1} onClick={() => onMove(1)}>
          {t('arrangements.editor.moveDown', { number })}
        </Button>
        <Button variant="subtle" color="red" size="compact-sm" disabled={count === 1} onClick={onRemove}>
          {t('arrangements.editor.remove', { number })}
        </Button>
      </Group>
    </Fieldset>
  );
}
