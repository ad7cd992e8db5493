import { Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/numbers';
import type { Batch, Entry, ListKey } from '../../api/list-queries';
import { onTwoClocks } from '../../format/dates';
import { CancelBatchModal } from './CancelBatchModal';
import { ExtendBatchModal } from './ExtendBatchModal';
import { DownloadButton } from '../../components/documents/DownloadButton';

interface BatchesSectionProps {
  listKey: ListKey;
  batches: Batch[];
  entries: Entry[];
  timeZone: string;
  transmitted: boolean;
  onDone: (message: string) => void;
}

type Dialog = { kind: 'extend' | 'cancel'; batch: Batch } | undefined;

/** The list's batches with their deadlines on the meeting's clock; an open batch can be extended or cancelled. */
export function BatchesSection({ listKey, batches, entries, timeZone, transmitted, onDone }: BatchesSectionProps) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>();
  // An open batch counts what is still under consideration in it (not what was withdrawn since); a cancelled one, nothing.
  const countOf = (batch: Batch) =>
    entries.filter((entry) => entry.batch === batch.number && (batch.status !== 'open' || entry.status === 'under-consideration')).length;
  const done = (message: string) => {
    setDialog(undefined);
    onDone(message);
  };

  return (
    <section aria-labelledby="batches-title" className="no-list-section">
      <Title order={2} id="batches-title" mb="xs">
        {t('list.batches.title')}
      </Title>
      {batches.length === 0 ? (
        <Text className="no-secondary">{t('list.batches.none')}</Text>
      ) : (
        <div className="no-table-wrap">
          <Table className="no-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" className="no-numeric">
                  {t('list.batches.columns.number')}
                </Table.Th>
                <Table.Th scope="col">{t('list.batches.columns.deadline')}</Table.Th>
                <Table.Th scope="col">{t('list.batches.columns.status')}</Table.Th>
                <Table.Th scope="col" className="no-numeric">
                  {t('list.batches.columns.entries')}
                </Table.Th>
                <Table.Th scope="col">{t('list.batches.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {batches.map((batch) => {
                const clocks = onTwoClocks(batch.deadline, timeZone, i18n.language);
                const open = batch.status === 'open' && !transmitted;
                return (
                  <Table.Tr key={batch.number}>
                    <Table.Td className="no-numeric">{batch.number}</Table.Td>
                    <Table.Td className="no-instant">
                      {clocks.meeting}
                      {clocks.viewer && <div className="no-secondary">{t('list.deadline.yourTime', { time: clocks.viewer })}</div>}
                    </Table.Td>
                    <Table.Td>
                      {t(`list.batches.status.${batch.status}`)}
                      {batch.cancellationReason && <div className="no-secondary">{batch.cancellationReason}</div>}
                    </Table.Td>
                    <Table.Td className="no-numeric">
                      {batch.status === 'cancelled' ? '' : formatNumber(countOf(batch), i18n.language)}
                    </Table.Td>
                    <Table.Td>
                      {batch.status !== 'cancelled' && (
                        <DownloadButton
                          path={`/v1/meetings/${listKey.meetingId}/lists/${listKey.listId}/batches/${batch.number}/letter?lang=${i18n.language}`}
                          fallbackName={`${listKey.meetingId}-${listKey.listId}-batch-${batch.number}.pdf`}
                          label={t('documents.letterOfBatch', { batch: batch.number })}
                        />
                      )}
                      {open && (
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'extend', batch })}>
                            {t('list.batches.extend', { batch: batch.number })}
                          </Button>
                          <Button size="xs" variant="default" color="red" onClick={() => setDialog({ kind: 'cancel', batch })}>
                            {t('list.batches.cancel', { batch: batch.number })}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {dialog?.kind === 'extend' && (
        <ExtendBatchModal
          listKey={listKey}
          batch={dialog.batch}
          entries={countOf(dialog.batch)}
          timeZone={timeZone}
          onClose={() => setDialog(undefined)}
          onDone={done}
        />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelBatchModal
          listKey={listKey}
          batch={dialog.batch}
          entries={countOf(dialog.batch)}
          onClose={() => setDialog(undefined)}
          onDone={done}
        />
      )}
    </section>
  );
}
