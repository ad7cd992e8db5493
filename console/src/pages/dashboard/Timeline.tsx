import { Button, Loader, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { TIMELINE_LIMIT, useTimeline, type AuditEvent, type ListSummary, type Segment } from '../../api/dashboard-queries';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInstant, viewerTimeZone } from '../../format/dates';
import { eventLabel } from '../../format/event-labels';
import { useStateNames } from '../../format/state-names';
import { organizationNames, timelineRows, type TimelineRow } from './timeline-rows';

type Meeting = Schemas['MeetingResponse'];
const SHOWN = 15;

/** The last changes to the meeting, from the audit log (pga and auditor may read it): who, what, when. */
export function Timeline({ meeting, lists }: { meeting: Meeting; lists: ListSummary[] | undefined }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [shown, setShown] = useState(SHOWN);
  const mayRead = session?.claims.role === 'pga' || session?.claims.role === 'auditor';
  const timeline = useTimeline(meeting.id, TIMELINE_LIMIT, mayRead);
  if (!mayRead) return <Text>{t('dashboard.timeline.notAllowed')}</Text>;
  if (timeline.isError) return <ProblemAlert error={timeline.error} />;
  if (!timeline.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  const rows = timelineRows(timeline.data);
  return (
    <>
      <TimelineTable meeting={meeting} lists={lists ?? []} rows={rows.slice(0, shown)} names={organizationNames(timeline.data)} />
      {rows.length > shown && (
        <Button variant="default" size="xs" mt="sm" onClick={() => setShown(shown + SHOWN)}>
          {t('dashboard.timeline.more', { count: Math.min(SHOWN, rows.length - shown) })}
        </Button>
      )}
    </>
  );
}

interface TableProps {
  meeting: Meeting;
  lists: ListSummary[];
  rows: TimelineRow[];
  names: Map<string, string>;
}

function TimelineTable({ meeting, lists, rows, names }: TableProps) {
  const { t, i18n } = useTranslation();
  const stateName = useStateNames();
  const viewer = viewerTimeZone();
  const where = (streamId: string) => placeOf(streamId, meeting, lists, t);
  return (
    <div className="no-table-wrap">
      <Table className="no-table no-dense" striped captionSide="top">
        <caption className="no-secondary">{t('dashboard.timeline.caption', { timezone: meeting.timezone })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.timeline.columns.when')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.timeline.columns.who')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.timeline.columns.what')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.timeline.columns.where')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const [event] = row.events;
            const at = event.metadata.occurredAt;
            return (
              <Table.Tr key={row.key}>
                <Table.Td className="no-instant">
                  <time dateTime={at}>{formatInstant(at, meeting.timezone, i18n.language)}</time>
                  {viewer !== meeting.timezone && (
                    <div className="no-secondary">
                      {t('dashboard.timeline.yourTime', { time: formatInstant(at, viewer, i18n.language) })}
                    </div>
                  )}
                </Table.Td>
                <Table.Td>{actorOf(event, t, stateName)}</Table.Td>
                <Table.Td>
                  {rowLabel(row, t)}
                  <div className="no-secondary">{detailOf(row, names, t, stateName)}</div>
                </Table.Td>
                <Table.Td>{where(event.streamId)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function rowLabel(row: TimelineRow, t: TFunction): string {
  const label = eventLabel(row.type, t);
  return row.events.length > 1 ? t('dashboard.timeline.times', { label, count: row.events.length }) : label;
}

function actorOf(event: AuditEvent, t: TFunction, stateName: (code: string) => string): string {
  const { role, state } = event.metadata.actor;
  if (role === 'pga') return t('actingAs.pga');
  if (role === 'auditor') return t('actingAs.auditor');
  if (role === 'system') return t('dashboard.timeline.system');
  return state ? stateName(state) : role;
}

/** What the event is about, in a few words: the organization, the State, the batch. */
function detailOf(row: TimelineRow, names: Map<string, string>, t: TFunction, stateName: (code: string) => string): string {
  // The earliest of a row's events: a bulk proposal reads from its first organization.
  const data = row.events[row.events.length - 1].data;
  const parts: string[] = [];
  const organization = typeof data.entryId === 'string' ? names.get(data.entryId) : undefined;
  if (organization) {
    parts.push(
      row.events.length > 1 ? t('dashboard.timeline.andOthers', { first: organization, count: row.events.length - 1 }) : organization,
    );
  }
  if (typeof data.state === 'string') parts.push(stateName(data.state));
  if (typeof data.batch === 'number') parts.push(t('dashboard.timeline.batch', { number: data.batch }));
  if (row.type === 'MeetingCreated' && typeof data.title === 'string') parts.push(data.title);
  return parts.join(' · ');
}

function placeOf(streamId: string, meeting: Meeting, lists: ListSummary[], t: TFunction): string {
  if (streamId === `meeting-${meeting.id}`) return t('dashboard.timeline.places.meeting');
  if (streamId === `arrangements-${meeting.id}`) return t('dashboard.timeline.places.arrangements');
  const list = lists.find((l) => streamId === `list-${meeting.id}.${l.id}`);
  if (list) return list.title;
  const segmentId = streamId.slice(`speakers-${meeting.id}.`.length);
  const segment = (meeting.programme as unknown as Segment[]).find((s) => s.id === segmentId);
  return t('dashboard.timeline.places.speakers', { segment: segment?.title ?? segmentId });
}
