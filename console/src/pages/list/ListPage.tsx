import { Anchor, Button, Group, Loader, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useList, type ListKey } from '../../api/list-queries';
import { useMeeting, useReferenceStates } from '../../api/queries';
import { useStateNames } from '../../format/state-names';
import { ProblemAlert } from '../../components/ProblemAlert';
import { AddOrganizationModal } from './AddOrganizationModal';
import { BatchesSection } from './BatchesSection';
import { EntriesSection } from './EntriesSection';
import { rowsOf } from './entry-rows';
import { SubmitBatchModal } from './SubmitBatchModal';
import { TransmitSection } from './TransmitSection';
import { DownloadButton } from '../../components/documents/DownloadButton';
import { ListExports } from '../../components/documents/ListExports';

type Dialog = 'add' | 'submit' | undefined;

/** The PGA office's screen for one stakeholder list: its entries, batches and the steps of the procedure. */
export function ListPage() {
  const { t, i18n } = useTranslation();
  const { meetingId = '', listId = '' } = useParams();
  const listKey: ListKey = useMemo(() => ({ meetingId, listId }), [meetingId, listId]);
  const list = useList(listKey);
  const meeting = useMeeting(meetingId);
  const states = useReferenceStates();
  const [dialog, setDialog] = useState<Dialog>();
  const [result, setResult] = useState<string>();
  const resultBox = useRef<HTMLDivElement>(null);

  const stateName = useStateNames();
  const rows = useMemo(() => rowsOf(list.data?.entries ?? [], states.data, stateName), [list.data, states.data, stateName]);
  useEffect(() => {
    if (result) resultBox.current?.focus();
  }, [result]);

  if (list.isError) return <ProblemAlert error={list.error} />;
  if (meeting.isError) return <ProblemAlert error={meeting.error} />;
  if (!list.data || !meeting.data) return <Loader size="sm" aria-label={t('common.loading')} />;

  const timeZone = meeting.data.timezone;
  const transmitted = list.data.status === 'transmitted';
  const proposed = list.data.entries.filter((entry) => entry.status === 'proposed').length;
  const done = (message: string) => {
    setDialog(undefined);
    setResult(message);
  };

  return (
    <>
      <Anchor component={Link} to={`/meetings/${meetingId}`} size="sm">
        {t('list.back', { meeting: meeting.data.title })}
      </Anchor>
      <Title order={1} mt="xs">
        {list.data.title}
      </Title>
      <Text className="no-secondary" mb="md">
        {t(`list.kinds.${list.data.kind}`)} · {t(`list.listStatus.${list.data.status}`)} · {t('list.timezone', { zone: timeZone })}
      </Text>
      <Group gap="xs" mb="md" role="group" aria-label={t('documents.exports')}>
        <ListExports meetingId={meetingId} listId={listId} />
        {transmitted && (
          <DownloadButton
            path={`/v1/meetings/${meetingId}/lists/${listId}/transmittal-letter?lang=${i18n.language}`}
            fallbackName={`${meetingId}-${listId}-transmittal.pdf`}
            label={t('documents.transmittalLetter')}
          />
        )}
      </Group>
      <div ref={resultBox} tabIndex={-1} role="status" className={result ? 'no-result' : undefined}>
        {result}
      </div>
      {!transmitted && (
        <Group gap="sm" mb="lg" className="no-list-actions">
          <Button onClick={() => setDialog('add')}>{t('list.actions.add')}</Button>
          <Button component={Link} to={`/meetings/${meetingId}/lists/${listId}/import`} variant="default">
            {t('list.actions.import')}
          </Button>
          {list.data.kind === 'non-objection' && (
            <Button variant="default" disabled={proposed === 0} onClick={() => setDialog('submit')}>
              {t('list.actions.submit', { count: proposed })}
            </Button>
          )}
          {list.data.kind === 'non-objection' && proposed === 0 && <Text className="no-secondary">{t('list.submit.nothing')}</Text>}
        </Group>
      )}
      {list.data.kind === 'non-objection' && (
        <BatchesSection
          listKey={listKey}
          batches={list.data.batches}
          entries={list.data.entries}
          timeZone={timeZone}
          transmitted={transmitted}
          onDone={done}
        />
      )}
      <EntriesSection
        listKey={listKey}
        rows={rows}
        timeZone={timeZone}
        generalAssembly={meeting.data.policy.objectedGoToGeneralAssembly}
        transmitted={transmitted}
        stateName={stateName}
        onDone={done}
      />
      <TransmitSection listKey={listKey} list={list.data} timeZone={timeZone} onDone={done} />
      {dialog === 'add' && (
        <AddOrganizationModal listKey={listKey} ecosoc={list.data.kind === 'ecosoc'} onClose={() => setDialog(undefined)} onDone={done} />
      )}
      {dialog === 'submit' && (
        <SubmitBatchModal listKey={listKey} timeZone={timeZone} proposed={proposed} onClose={() => setDialog(undefined)} onDone={done} />
      )}
    </>
  );
}
