import { Alert, Anchor, Loader, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { onTwoClocks } from '../../format/dates';
import type { AsOfView, PointInLog } from './as-of-address';
import { useViewAsOf, useViewNow, type AnyView, type ListView, type MeetingView, type PanelsView } from './as-of-queries';
import type { Wording } from './change-words';
import { ChangesSection } from './ChangesSection';
import { ListStood, MeetingStood, PanelsStood } from './StoodView';
import { diffViews } from './view-diff';

interface ResultProps {
  meetingId: string;
  view: AsOfView;
  point: PointInLog;
  wording: Wording;
  mayReadLog: boolean;
}

/** Which point the engine says the view is as of, then what changed since, then the view as it stood. */
export function AsOfResult({ meetingId, view, point, wording, mayReadLog }: ResultProps) {
  const { t } = useTranslation();
  const then = useViewAsOf(meetingId, view, point);
  const now = useViewNow(meetingId, view);
  if (then.isError && then.error instanceof ApiProblem && then.error.code === 'NOT_FOUND' && now.isSuccess) {
    // The view exists now but did not then: the point is before its creation.
    return (
      <Alert color="blue" variant="outline" mt="md" role="status" title={t('asOf.notYet.title')}>
        {t('asOf.notYet.text')}
      </Alert>
    );
  }
  if (then.isError) return <ProblemAlert error={then.error} title={t('asOf.problem')} />;
  if (now.isError) return <ProblemAlert error={now.error} />;
  if (!then.data || !now.data) return <Loader size="sm" mt="md" aria-label={t('common.loading')} />;
  const { asOf, ...stood } = then.data;
  const changes = diffViews(stood, now.data);
  return (
    <>
      <Stamp asOf={asOf} timeZone={wording.timeZone} mayReadLog={mayReadLog} />
      <ChangesSection changes={changes} wording={wording} />
      <section aria-labelledby="as-of-stood" className="no-as-of-section">
        <Title order={2} id="as-of-stood" className="no-dash-heading">
          {t('asOf.stood.title')}
        </Title>
        <Readable view={view} data={stood} wording={wording} />
        <details className="no-raw-json">
          <summary>{t('asOf.raw')}</summary>
          <pre tabIndex={0}>{JSON.stringify(stood, null, 2)}</pre>
        </details>
      </section>
    </>
  );
}

function Readable({ view, data, wording }: { view: AsOfView; data: AnyView; wording: Wording }) {
  if (view.kind === 'list') return <ListStood list={data as ListView} wording={wording} />;
  if (view.kind === 'panels') return <PanelsStood view={data as PanelsView} wording={wording} />;
  return <MeetingStood meeting={data as MeetingView} wording={wording} />;
}

function Stamp({ asOf, timeZone, mayReadLog }: { asOf: AnyView['asOf']; timeZone: string; mayReadLog: boolean }) {
  const { t, i18n } = useTranslation();
  if (asOf?.position !== undefined) {
    return (
      <Text mt="md" fw={600} aria-live="polite">
        {t('asOf.stamp.position', { position: asOf.position })}{' '}
        {mayReadLog && (
          <Anchor component={Link} to={`/history/${asOf.position}`} fw={400}>
            {t('asOf.stamp.event', { position: asOf.position })}
          </Anchor>
        )}
      </Text>
    );
  }
  if (!asOf?.at) return null;
  const clocks = onTwoClocks(asOf.at, timeZone, i18n.language);
  return (
    <Text mt="md" fw={600} aria-live="polite">
      {t('asOf.stamp.at', { time: clocks.meeting })}
      {clocks.viewer && <span className="no-secondary"> {t('asOf.stamp.yourTime', { time: clocks.viewer })}</span>}
    </Text>
  );
}
