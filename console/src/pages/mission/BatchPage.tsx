import { Anchor, Loader, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useBasisRequests, useList, type EntryView } from '../../api/mission-queries';
import { useMeeting } from '../../api/queries';
import { useSession } from '../../auth/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { BatchActions } from './BatchActions';
import { BatchHeading } from './BatchHeading';
import { EntryCard, type EntryAction } from './EntryCard';
import { ResultMessage } from './ResultMessage';

/** A batch as a Member State's mission reads it: a letter-like page, each organization with what the mission may do. */
export function BatchPage() {
  const { t } = useTranslation();
  const { meetingId = '', listId = '', batch = '' } = useParams();
  const number = Number(batch);
  const { session } = useSession();
  const meeting = useMeeting(meetingId);
  const list = useList(meetingId, listId);
  const [action, setAction] = useState<{ kind: EntryAction; entry: EntryView }>();
  const [result, setResult] = useState<string>();
  const isMemberState = session?.claims.role === 'member-state';
  const batchView = list.data?.batches.find((candidate) => candidate.number === number);
  const batchOpen = batchView?.status === 'open';
  const basisRequests = useBasisRequests(isMemberState && batchView?.status === 'closed');

  if (meeting.isError || list.isError) return <ProblemAlert error={meeting.error ?? list.error} />;
  if (!meeting.data || !list.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (!batchView) return <ProblemAlert error={undefined} title={t('mission.batch.noSuchBatch', { batch })} />;
  const entries = list.data.entries.filter((entry) => entry.batch === number);
  const timezone = meeting.data.timezone;

  return (
    <div className="no-reading no-mission-letter">
      {isMemberState && (
        <Anchor component={Link} to="/pending" size="sm">
          {t('mission.batch.back')}
        </Anchor>
      )}
      <BatchHeading meeting={meeting.data} list={list.data} batch={batchView} />
      <ResultMessage message={result} />
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('mission.batch.entries', { count: entries.length })}
      </Title>
      {entries.length === 0 && <Text>{t('mission.batch.noEntries')}</Text>}
      {entries.map((entry) => (
        <EntryCard
          key={entry.id}
          entry={entry}
          timezone={timezone}
          open={batchOpen && entry.status === 'under-consideration'}
          canObject={isMemberState}
          basisRequest={basisRequests.data?.find((request) => request.entryId === entry.id)}
          onAction={(kind, target) => {
            setResult(undefined);
            setAction({ kind, entry: target });
          }}
        />
      ))}
      {action && session?.claims.state && (
        <BatchActions
          meetingId={meetingId}
          listId={listId}
          action={action}
          myState={session.claims.state}
          deadline={batchView.deadline}
          timezone={timezone}
          onClose={() => setAction(undefined)}
          onDone={(message) => {
            setAction(undefined);
            setResult(message);
          }}
        />
      )}
    </div>
  );
}
