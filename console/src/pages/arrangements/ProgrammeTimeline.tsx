import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ArrangedMeeting, SegmentView } from '../../api/arrangements-queries';
import { viewerTimeZone } from '../../format/dates';
import { dayOf, spanOf } from './format';
import { byStart, useCanChange } from './shared';
import { wallClockOf } from '../../format/zoned-time';

/** The programme day by day, on the meeting's clock (and the viewer's, when it is another). */
export function ProgrammeTimeline({ meeting }: { meeting: ArrangedMeeting }) {
  const { t } = useTranslation();
  const canChange = useCanChange(meeting);
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  const days = daysOf(meeting.programme, meeting.timezone);
  return (
    <section aria-labelledby="programme-title">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={2} id="programme-title">
            {t('arrangements.programme.title')}
          </Title>
          <Text className="no-secondary">{t('arrangements.programme.zoneNote', { zone: meeting.timezone })}</Text>
        </div>
        {canChange && (
          <Button component={Link} to="programme/edit" variant="default">
            {t('arrangements.programme.edit')}
          </Button>
        )}
      </Group>
      {saved && (
        <Text role="status" className="no-arr-result">
          {t('arrangements.programme.saved')}
        </Text>
      )}
      {days.length === 0 && <Text>{t('arrangements.programme.none')}</Text>}
      {days.map(({ date, segments }) => (
        <Day key={date} segments={segments} meeting={meeting} />
      ))}
    </section>
  );
}

function Day({ segments, meeting }: { segments: SegmentView[]; meeting: ArrangedMeeting }) {
  const { t, i18n } = useTranslation();
  const viewer = viewerTimeZone();
  const first = segments[0];
  return (
    <section className="no-arr-day">
      <Title order={3} className="no-arr-day-title">
        {dayOf(first.startsAt, meeting.timezone, i18n.language)}
      </Title>
      <ol className="no-arr-timeline">
        {segments.map((segment) => (
          <li key={segment.id} className={`no-arr-segment no-arr-kind-${segment.kind}`}>
            <div className="no-arr-when">
              {spanOf(segment.startsAt, segment.endsAt, meeting.timezone, i18n.language)}
              {viewer !== meeting.timezone && (
                <div className="no-secondary">
                  {t('arrangements.programme.yourTime', { time: spanOf(segment.startsAt, segment.endsAt, viewer, i18n.language) })}
                </div>
              )}
            </div>
            <div>
              <Badge className="no-arr-badge" variant="light" color="gray" radius="xs" size="sm">
                {t(`arrangements.kinds.${segment.kind}`)}
              </Badge>
              <div className="no-arr-segment-title">{segment.title}</div>
              {segment.theme && <div className="no-secondary">{segment.theme}</div>}
              {!segment.endsAt && <div className="no-secondary">{t('arrangements.programme.openEnded')}</div>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function daysOf(programme: SegmentView[], timeZone: string): { date: string; segments: SegmentView[] }[] {
  const days = new Map<string, SegmentView[]>();
  for (const segment of byStart(programme)) {
    const { date } = wallClockOf(segment.startsAt, timeZone);
    days.set(date, [...(days.get(date) ?? []), segment]);
  }
  return [...days].map(([date, segments]) => ({ date, segments }));
}
