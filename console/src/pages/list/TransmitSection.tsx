import { Button, List, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransmitList, type ListKey, type ListView } from '../../api/list-queries';
import { formatInstant } from '../../format/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface TransmitSectionProps {
  listKey: ListKey;
  list: ListView;
  timeZone: string;
  onDone: (message: string) => void;
}

/** Why the list cannot be transmitted yet, in words (the engine's own rule: no open batch, nothing proposed). */
function blockersOf(list: ListView, t: TFunction): string[] {
  const open = list.batches.filter((batch) => batch.status === 'open').map((batch) => batch.number);
  const proposed = list.entries.filter((entry) => entry.status === 'proposed').length;
  const blockers: string[] = [];
  if (open.length > 0) blockers.push(t('list.transmit.openBatches', { count: open.length, batches: open.join(', ') }));
  if (proposed > 0) blockers.push(t('list.transmit.proposed', { count: proposed }));
  return blockers;
}

/** "Transmit to the General Assembly": disabled, with the reasons shown, until the list is complete. */
export function TransmitSection({ listKey, list, timeZone, onDone }: TransmitSectionProps) {
  const { t, i18n } = useTranslation();
  const transmit = useTransmitList(listKey);
  const [confirming, setConfirming] = useState(false);
  const approved = list.entries.filter((entry) => entry.status === 'approved').length;

  if (list.status === 'transmitted') {
    return (
      <section aria-labelledby="transmit-title" className="no-list-section">
        <Title order={2} id="transmit-title" mb="xs">
          {t('list.transmit.title')}
        </Title>
        <Text>
          {t('list.transmit.transmitted', { time: list.transmittedAt ? formatInstant(list.transmittedAt, timeZone, i18n.language) : '' })}
        </Text>
      </section>
    );
  }

  const blockers = blockersOf(list, t);
  const confirm = () =>
    transmit.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        onDone(t('list.transmit.done', { count: approved }));
      },
    });

  return (
    <section aria-labelledby="transmit-title" className="no-list-section no-reading">
      <Title order={2} id="transmit-title" mb="xs">
        {t('list.transmit.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('list.transmit.intro')}
      </Text>
      {blockers.length > 0 && (
        <div id="transmit-blockers" className="no-blockers">
          <Text fw={600} size="sm">
            {t('list.transmit.notYet')}
          </Text>
          <List size="sm">
            {blockers.map((blocker) => (
              <List.Item key={blocker}>{blocker}</List.Item>
            ))}
          </List>
        </div>
      )}
      <Button
        mt="sm"
        disabled={blockers.length > 0}
        aria-describedby={blockers.length > 0 ? 'transmit-blockers' : undefined}
        onClick={() => setConfirming(true)}
      >
        {t('list.transmit.button')}
      </Button>
      {confirming && (
        <ConfirmDialog
          opened
          title={t('list.transmit.confirmTitle')}
          confirmLabel={t('list.transmit.confirm')}
          onConfirm={confirm}
          onClose={() => setConfirming(false)}
          pending={transmit.isPending}
          error={transmit.error ?? undefined}
        >
          <Text>{t('list.transmit.what', { count: approved })}</Text>
          <Text size="sm">{t('list.transmit.after')}</Text>
        </ConfirmDialog>
      )}
    </section>
  );
}
