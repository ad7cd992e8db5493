import { Alert, Anchor, Button, Group, Loader, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMeetings } from '../api/queries';
import { useSession } from '../auth/session';
import { ProblemAlert } from '../components/ProblemAlert';
import { formatInstant, viewerTimeZone } from '../format/dates';

/** Every meeting, the most recently created first; the PGA's office starts new ones here. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const meetings = useMeetings();
  const location = useLocation();
  const created = (location.state as { created?: string } | null)?.created;
  const zone = viewerTimeZone();
  return (
    <>
      <Group justify="space-between" align="flex-end" mb="md">
        <Title order={1}>{t('meetings.title')}</Title>
        {session?.claims.role === 'pga' && (
          <Button component={Link} to="/meetings/new">
            {t('meetings.new')}
          </Button>
        )}
      </Group>
      {created && (
        <Alert color="green" variant="outline" mb="md" role="status">
          {t('meetings.created', { id: created })}
        </Alert>
      )}
      {meetings.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {meetings.isError && <ProblemAlert error={meetings.error} />}
      {meetings.data && meetings.data.length === 0 && <Text>{t('meetings.none')}</Text>}
      {meetings.data && meetings.data.length > 0 && (
        <div className="no-table-wrap">
          <Table className="no-table" striped highlightOnHover captionSide="top">
            <caption className="no-secondary">{t('meetings.caption', { count: meetings.data.length })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('meetings.columns.title')}</Table.Th>
                <Table.Th scope="col">{t('meetings.columns.id')}</Table.Th>
                <Table.Th scope="col">{t('meetings.columns.timezone')}</Table.Th>
                <Table.Th scope="col">{t('meetings.columns.venue')}</Table.Th>
                <Table.Th scope="col">{t('meetings.columns.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meetings.data.map((meeting) => (
                <Table.Tr key={meeting.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/meetings/${meeting.id}`}>
                      {meeting.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <code>{meeting.id}</code>
                  </Table.Td>
                  <Table.Td>{meeting.timezone}</Table.Td>
                  <Table.Td>{meeting.venue ?? '—'}</Table.Td>
                  <Table.Td className="no-instant">{formatInstant(meeting.createdAt, zone, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </>
  );
}
