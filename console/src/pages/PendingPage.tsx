import { Anchor, Loader, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/numbers';
import { Link } from 'react-router';
import { usePending } from '../api/queries';
import { ProblemAlert } from '../components/ProblemAlert';
import { onTwoClocks } from '../format/dates';
import { useNow } from '../hooks';
import { countdownText } from './mission/countdown';

/** A Member State's landing page: every open batch awaiting its consideration, soonest deadline first. */
export function PendingPage() {
  const { t, i18n } = useTranslation();
  const pending = usePending();
  const now = useNow(30_000);

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
                const clocks = onTwoClocks(batch.deadline, batch.meetingTimezone, i18n.language);
                const page = `/meetings/${batch.meetingId}/lists/${batch.listId}/batches/${batch.batch}`;
                const objected = batch.entries.filter((entry) => entry.myObjection).length;
                return (
                  <Table.Tr key={`${batch.meetingId}/${batch.listId}/${batch.batch}`}>
                    <Table.Td>
                      {batch.meetingTitle}
                      <div className="no-secondary">
                        <code>{batch.meetingId}</code>
                      </div>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={page} aria-label={t('pending.open', { list: batch.listTitle, batch: batch.batch })}>
                        {batch.listTitle}
                      </Anchor>
                    </Table.Td>
                    <Table.Td className="no-numeric">{batch.batch}</Table.Td>
                    <Table.Td className="no-instant">
                      {clocks.meeting}
                      {clocks.viewer && <div className="no-secondary">{t('pending.yourTime', { time: clocks.viewer })}</div>}
                    </Table.Td>
                    <Table.Td>{countdownText(batch.deadline, now, t)}</Table.Td>
                    <Table.Td className="no-numeric">{formatNumber(batch.entries.length, i18n.language)}</Table.Td>
                    <Table.Td className="no-numeric">{formatNumber(objected, i18n.language)}</Table.Td>
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
