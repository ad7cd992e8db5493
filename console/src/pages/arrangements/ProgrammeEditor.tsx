import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSetProgramme, type ArrangedMeeting, type SegmentKind } from '../../api/arrangements-queries';
import { ApiProblem } from '../../api/problem';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDraft } from '../../hooks';
import { fieldId, newRow, placeProblems, ROW_FIELDS, rowsOf, segmentsOf, type RowErrors, type SegmentRow } from './programme-draft';
import { SegmentFieldset } from './SegmentFieldset';
import { useCanChange } from './shared';
import { slugOf } from '../../format/slug';

/** The PGA edits the whole programme on the meeting's clock and saves it at once (PUT programme). */
export function ProgrammeEditor({ meeting }: { meeting: ArrangedMeeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canChange = useCanChange(meeting);
  const initial = useMemo(() => {
    const stored = rowsOf(meeting.programme, meeting.timezone);
    return { rows: stored.length > 0 ? stored : [newRow([], 'opening-plenary')] };
  }, [meeting.programme, meeting.timezone]);
  const [draft, setDraft, clearDraft] = useDraft(`programme.${meeting.id}`, initial);
  const rows = draft.rows;
  const [errors, setErrors] = useState<{ rows: RowErrors[]; form: string[] }>({ rows: [], form: [] });
  const save = useSetProgramme(meeting.id);

  const setRows = (next: SegmentRow[]) => setDraft({ rows: next });
  const change = (index: number, patch: Partial<SegmentRow>) => {
    const row = { ...rows[index], ...patch };
    if (patch.title !== undefined && !row.idFixed) row.id = slugOf(patch.title);
    if (patch.id !== undefined) row.idFixed = true;
    setRows(rows.map((old, i) => (i === index ? row : old)));
  };
  const move = (index: number, by: -1 | 1) => {
    const next = [...rows];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    setRows(next);
    setErrors({ rows: [], form: [] });
  };
  const remove = (index: number) => {
    setRows(rows.filter((_, i) => i !== index));
    setErrors({ rows: [], form: [] });
  };
  const add = (kind: SegmentKind) => setRows([...rows, newRow(rows, kind)]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { segments, errors: local } = segmentsOf(rows, meeting.timezone);
    const problems = { date: t('arrangements.editor.errors.date'), time: t('arrangements.editor.errors.time') };
    const localRows = local.map((row) => Object.fromEntries(Object.entries(row).map(([field, problem]) => [field, problems[problem]])));
    setErrors({ rows: localRows, form: [] });
    if (!segments) return;
    save.mutate(segments, {
      onSuccess: () => {
        clearDraft();
        void navigate(`/meetings/${meeting.id}/arrangements`, { state: { saved: true } });
      },
      onError: (problem) => {
        if (problem instanceof ApiProblem) setErrors(placeProblems(problem.fieldProblems, rows.length));
      },
    });
  };

  const summary = summaryOf(errors, t);
  const otherProblem = save.isError && summary.length === 0;
  if (!canChange) return <Text>{t('arrangements.editor.notNow')}</Text>;
  return (
    <section aria-labelledby="editor-title">
      <Title order={2} id="editor-title">
        {t('arrangements.editor.title')}
      </Title>
      <Text className="no-reading" mb="md">
        {t('arrangements.editor.intro', { zone: meeting.timezone })}
      </Text>
      <ErrorSummary items={summary} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {rows.map((row, index) => (
            <SegmentFieldset
              key={row.key}
              row={row}
              index={index}
              count={rows.length}
              timeZone={meeting.timezone}
              errors={errors.rows[index] ?? {}}
              onChange={(patch) => change(index, patch)}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
          <Group gap="xs">
            <Button variant="default" onClick={() => add('plenary')}>
              {t('arrangements.editor.addPlenary')}
            </Button>
            <Button variant="default" onClick={() => add('panel')}>
              {t('arrangements.editor.addPanel')}
            </Button>
            <Button variant="default" onClick={() => add('closing-plenary')}>
              {t('arrangements.editor.addClosing')}
            </Button>
          </Group>
          {errors.form.length > 0 && (
            <Alert color="red" variant="outline" role="alert">
              {errors.form.join(' ')}
            </Alert>
          )}
          {otherProblem && <ProblemAlert error={save.error} />}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('arrangements.editor.save')}
            </Button>
            <Anchor
              component={Link}
              to={`/meetings/${meeting.id}/arrangements`}
              onClick={() => {
                clearDraft();
              }}
            >
              {t('arrangements.editor.cancel')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

function summaryOf(errors: { rows: RowErrors[]; form: string[] }, t: TFunction): SummaryItem[] {
  const items = errors.rows.flatMap((row, index) =>
    (['row', ...ROW_FIELDS] as const).flatMap((field) => {
      const message = row[field];
      if (!message) return [];
      const target = field === 'row' ? fieldId(index, 'start') : fieldId(index, field);
      return [{ fieldId: target, message: t('arrangements.editor.problemAt', { number: index + 1, message }) }];
    }),
  );
  return [...items, ...errors.form.map((message) => ({ message }))];
}
