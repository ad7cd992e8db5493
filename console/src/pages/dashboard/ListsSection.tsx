import { Alert, Anchor, Button, Group, Loader, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/numbers';
import { Link } from 'react-router';
import { useListViews, type ListSummary, type ListView } from '../../api/dashboard-queries';
import { useSession } from '../../auth/session';
import { NewListForm } from './NewListForm';

/** The entry statuses counted in the table, in the order an entry moves through them. */
const COUNTED = ['proposed', 'under-consideration', 'approved', 'objected', 'rejected', 'withdrawn'] as const;

function countsOf(list: ListView | undefined): Record<string, number> | undefined {
  if (!list) return undefined;
  const counts: Record<string, number> = {};
  for (const entry of list.entries) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
  return counts;
}

/** Each list of the meeting with its entries counted by status; "New list" for the PGA's office. */
export function ListsSection({ meetingId, lists }: { meetingId: string; lists: ListSummary[] | undefined }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string>();
  const views = useListViews(
    meetingId,
    (lists ?? []).map((list) => list.id),
  );
  if (!lists) return <Loader size="sm" aria-label={t('common.loading')} />;
  return (
    <>
      {created && (
        <Alert color="green" variant="outline" mb="sm" role="status">
          {t('dashboard.lists.created', { id: created })}
        </Alert>
      )}
      {lists.length === 0 ? (
        <Text>{t('dashboard.lists.none')}</Text>
      ) : (
        <ListsTable meetingId={meetingId} lists={lists} views={views.map((view) => view.data)} />
      )}
      {session?.claims.role === 'pga' && !creating && (
        <Group mt="sm">
          <Button variant="default" size="sm" onClick={() => setCreating(true)}>
            {t('dashboard.lists.new')}
          </Button>
        </Group>
      )}
      {creating && (
        <NewListForm
          meetingId={meetingId}
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setCreated(id);
          }}
        />
      )}
    </>
  );
}

function ListsTable({ meetingId, lists, views }: { meetingId: string; lists: ListSummary[]; views: (ListView | undefined)[] }) {
  const { t } = useTranslation();
  return (
    <div className="no-table-wrap">
      <Table className="no-table no-dense" striped captionSide="top">
        <caption className="no-secondary">{t('dashboard.lists.caption', { count: lists.length })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.lists.columns.list')}</Table.Th>
            <Table.Th scope="col">{t('dashboard.lists.columns.kind')}</Table.Th>
            {COUNTED.map((status) => (
              <Table.Th scope="col" className="no-numeric" key={status}>
                {t(`dashboard.status.${status}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" className="no-numeric">
              {t('dashboard.lists.columns.total')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lists.map((list, index) => (
            <ListRow key={list.id} meetingId={meetingId} list={list} counts={countsOf(views[index])} />
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function ListRow({ meetingId, list, counts }: { meetingId: string; list: ListSummary; counts: Record<string, number> | undefined }) {
  const { t, i18n } = useTranslation();
  const total = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : undefined;
  return (
    <Table.Tr>
      <Table.Th scope="row" className="no-row-head">
        <Anchor component={Link} to={`/meetings/${meetingId}/lists/${list.id}`}>
          {list.title}
        </Anchor>
        <div className="no-secondary">
          <code>{list.id}</code>
          {list.status === 'transmitted' && ` · ${t('dashboard.lists.transmitted')}`}
        </div>
      </Table.Th>
      <Table.Td className="no-nowrap">{t(`dashboard.kind.${list.kind}`)}</Table.Td>
      {COUNTED.map((status) => (
        <Table.Td className="no-numeric" key={status}>
          {counts ? formatNumber(counts[status] ?? 0, i18n.language) : '…'}
        </Table.Td>
      ))}
      <Table.Td className="no-numeric">{total === undefined ? '…' : formatNumber(total, i18n.language)}</Table.Td>
    </Table.Tr>
  );
}
