import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Schemas } from '../../api/client';
import { TIMELINE_LIMIT, useTimeline, type ListSummary } from '../../api/dashboard-queries';
import { formatInstant } from '../../format/dates';
import { eventLabel } from '../../format/event-labels';
import { instantOf, wallClockOf, zoneLabel, type WallClock } from '../../format/zoned-time';
import { timelineRows } from '../dashboard/timeline-rows';
import { asOfAddress, viewOf, viewParam, type AsOfView, type PointInLog } from './as-of-address';

interface PickersProps {
  meeting: Schemas['MeetingResponse'];
  lists: ListSummary[];
  view: AsOfView;
  point: PointInLog | undefined;
  /** pga and auditor read the audit log: they get the quick picks from the meeting's timeline. */
  mayReadLog: boolean;
}

/** The view and the point of the log, each choice kept in the address. */
export function AsOfPickers({ meeting, lists, view, point, mayReadLog }: PickersProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const go = (nextView: AsOfView, nextPoint: PointInLog | undefined) => void navigate(asOfAddress(meeting.id, nextView, nextPoint));
  const views = [
    { value: 'meeting', label: t('asOf.views.meeting') },
    { value: 'panels', label: t('asOf.views.panels') },
    ...lists.map((list) => ({ value: `list:${list.id}`, label: t('asOf.views.list', { title: list.title }) })),
  ];
  return (
    <Stack gap="sm" className="no-as-of-pickers">
      <NativeSelect
        label={t('asOf.pick.view')}
        data={views}
        value={viewParam(view)}
        onChange={(event) => go(viewOf(event.currentTarget.value), point)}
        maw={480}
      />
      <InstantForm timeZone={meeting.timezone} point={point} onPick={(at) => go(view, { at })} />
      {mayReadLog && <TimelinePicks meeting={meeting} point={point} onPick={(position) => go(view, { position })} />}
    </Stack>
  );
}

/** A date and a time on the meeting's clock, its zone named. */
function InstantForm({ timeZone, point, onPick }: { timeZone: string; point?: PointInLog; onPick: (at: string) => void }) {
  const { t } = useTranslation();
  const [clock, setClock] = useState<WallClock>(() => wallClockOf(point && 'at' in point ? point.at : Date.now(), timeZone));
  const instant = instantOf(clock, timeZone);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (instant) onPick(instant);
  };
  return (
    <form onSubmit={submit} aria-labelledby="as-of-instant-legend">
      <Text fw={600} size="sm" id="as-of-instant-legend">
        {t('asOf.pick.instant')}
      </Text>
      <Text className="no-secondary" mb="xs">
        {t('asOf.pick.zone', { zone: zoneLabel(timeZone, instant ? new Date(instant) : new Date()) })}
      </Text>
      <Group align="flex-end" gap="md">
        <TextInput
          type="date"
          label={t('asOf.pick.date')}
          value={clock.date}
          onChange={(event) => setClock({ ...clock, date: event.currentTarget.value })}
          error={instant ? undefined : t('asOf.pick.invalid')}
        />
        <TextInput
          type="time"
          label={t('asOf.pick.time')}
          value={clock.time}
          onChange={(event) => setClock({ ...clock, time: event.currentTarget.value })}
        />
        <Button type="submit" disabled={!instant}>
          {t('asOf.pick.show')}
        </Button>
      </Group>
    </form>
  );
}

/** "Just after" one of the meeting's own changes, from the dashboard's timeline rows (newest first). */
function TimelinePicks({ meeting, point, onPick }: Pick<PickersProps, 'meeting' | 'point'> & { onPick: (p: string) => void }) {
  const { t, i18n } = useTranslation();
  const timeline = useTimeline(meeting.id, TIMELINE_LIMIT, true);
  const rows = timelineRows(timeline.data ?? []);
  const options = rows.map((row) => {
    const [newest] = row.events;
    const label =
      row.events.length > 1 ? t('asOf.pick.times', { label: eventLabel(row.type, t), count: row.events.length }) : eventLabel(row.type, t);
    return { value: newest.position, label: `${formatInstant(newest.recordedAt, meeting.timezone, i18n.language)} — ${label}` };
  });
  const chosen = point && 'position' in point && options.some((o) => o.value === point.position) ? point.position : '';
  return (
    <NativeSelect
      label={t('asOf.pick.change')}
      description={t('asOf.pick.changeHint')}
      data={[{ value: '', label: t('asOf.pick.choose') }, ...options]}
      value={chosen}
      onChange={(event) => event.currentTarget.value && onPick(event.currentTarget.value)}
      maw={640}
    />
  );
}
