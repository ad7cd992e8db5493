import { Loader, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../api/client';
import { usePending } from '../api/queries';
import { useSession } from '../auth/session';
import { ProblemAlert } from '../components/ProblemAlert';
import { onTwoClocks, remaining } from '../format/dates';
import { useNow } from '../hooks';

/** A Member State's landing page: every open batch awaiting its consideration, soonest deadline first. */
export function PendingPage() {
  const { t, i18n } = useTranslation();
  const { api } = useSession();
  const pending = usePending();
  const now = useNow(30_000);
  const meetingIds = [...new Set((pending.data ?? []).map((batch) => batch.meetingId))];
  const meetings = useQueries({
    queries: meetingIds.map((meetingId) => ({
      queryKey: ['meeting', meetingId],
      queryFn: () => unwrap(api.GET('/v1/meetings/{meetingId}', { params: { path: { meetingId } } })),
      staleTime: 60_000,
    })),
  });
  const meetingOf = (id: string) => meetings[meetingIds.indexOf(id)]?.data;

  const countdown = (deadline: string) => {
    const left = remaining(deadline, now);
    if (left.passed) return t('pending.closing');
    if (left.days > 0) return t('pending.daysHours', { days: left.days, hours: left.hours, count: left.days });
    return t('pending.hoursMinutes', { hours: left.hours, minutes: left.minutes });
  };

  return (
    <>
      <Title order={1} mb="xs">
        {t('pending.title')}
      </Title>
      <Text className="no-reading" mb="lg">
        {t('pending.intro')}
      </Text>
      {pending.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {pending.isError && <ProblemAlert error={pending.error} />}
      {pending.data && pending.data.length === 0 && <Text>{t('pending.none')}</Text>}
      {pending.data && pending.data.length > 0 && (
        <div className="no-table-wrap">
          <Table className="no-table" striped captionSide="top">
            <caption className="no-secondary">{t('pending.caption', { count: pending.data.length })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('pending.columns.meeting')}</Table.Th>
                <Table.Th scope="col">{t('pending.columns.list')}</Table.Th>
                <Table.Th scope="col" className="no-numeric">
                  {t('pending.columns.batch')}
                </Table.Th>
                <Table.Th scope="col">{t('pending.columns.deadline')}</Table.Th>
                <Table.Th scope="col">{t('pending.columns.left')}</Table.Th>
                <Table.Th scope="col" className="no-numeric">
                  {t('pending.columns.entries')}
                </Table.Th>
                <Table.Th scope="col" className="no-numeric">
                  {t('pending.columns.objected')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.data.map((batch) => {
                const meeting = meetingOf(batch.meetingId);
                const clocks = onTwoClocks(batch.deadline, meeting?.timezone ?? 'UTC', i18n.language);
                const objected = batch.entries.filter((entry) => entry.myObjection).length;
                return (
                  <Table.Tr key={`${batch.meetingId}/${batch.listId}/${batch.batch}`}>
                    <Table.Td>
                      {meeting?.title ?? batch.meetingId}
                      <div className="no-secondary">
                        <code>{batch.meetingId}</code>
                      </div>
                    </Table.Td>
                    <Table.Td>
                      <code>{batch.listId}</code>
                    </Table.Td>
                    <Table.Td className="no-numeric">{batch.batch}</Table.Td>
                    <Table.Td className="no-instant">
                      {clocks.meeting}
                      {clocks.viewer && <div className="no-secondary">{t('pending.yourTime', { time: clocks.viewer })}</div>}
                    </Table.Td>
                    <Table.Td>{countdown(batch.deadline)}</Table.Td>
                    <Table.Td className="no-numeric">{batch.entries.length}</Table.Td>
                    <Table.Td className="no-numeric">{objected}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </>
  );
}
