import { Anchor, Loader, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ListSummary } from '../../api/dashboard-queries';
import { formatInstant, remaining, viewerTimeZone } from '../../format/dates';
import { useNow } from '../../hooks';

interface OpenBatch {
  list: ListSummary;
  number: number;
  deadline: string;
}

function openBatches(lists: ListSummary[]): OpenBatch[] {
  return lists
    .flatMap((list) => list.batches.filter((batch) => batch.status === 'open').map((batch) => ({ list, ...batch })))
    .sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline));
}

function countdown(deadline: string, now: Date, t: TFunction): string {
  const left = remaining(deadline, now);
  if (left.passed) return t('dashboard.deadline.closing');
  const seconds = Math.max(0, Math.floor((Date.parse(deadline) - now.getTime()) / 1000) % 60);
  if (left.days > 0)
    return t('dashboard.deadline.daysHours', { days: left.days, hours: left.hours, minutes: left.minutes, count: left.days });
  return t('dashboard.deadline.hoursMinutes', { hours: left.hours, minutes: left.minutes, seconds });
}

/** The soonest deadline of an open batch, counting down, on the meeting's clock and the viewer's. */
export function NextDeadline({ meetingId, lists, timeZone }: { meetingId: string; lists: ListSummary[] | undefined; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const now = useNow(1000);
  if (!lists) return <Loader size="sm" aria-label={t('common.loading')} />;
  const [next, ...others] = openBatches(lists);
  if (!next) return <Text>{t('dashboard.deadline.none')}</Text>;
  const viewer = viewerTimeZone();
  return (
    <>
      <Text>
        <Anchor component={Link} to={`/meetings/${meetingId}/lists/${next.list.id}`}>
          {t('dashboard.deadline.batch', { list: next.list.title, number: next.number })}
        </Anchor>
      </Text>
      <p className="no-countdown" role="timer" aria-label={t('dashboard.deadline.left')}>
        {countdown(next.deadline, now, t)}
      </p>
      <dl className="no-dash-clocks">
        <dt>{t('dashboard.deadline.meetingTime', { zone: timeZone })}</dt>
        <dd>
          <time dateTime={next.deadline}>{formatInstant(next.deadline, timeZone, i18n.language)}</time>
        </dd>
        <dt>{t('dashboard.deadline.yourTime', { zone: viewer })}</dt>
        <dd>
          <time dateTime={next.deadline}>{formatInstant(next.deadline, viewer, i18n.language)}</time>
        </dd>
      </dl>
      {others.length > 0 && <Text className="no-secondary">{t('dashboard.deadline.others', { count: others.length })}</Text>}
    </>
  );
}
