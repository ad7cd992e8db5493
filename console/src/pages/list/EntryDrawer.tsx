import { Anchor, Button, Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entry, ListKey } from '../../api/list-queries';
import { BasisRequests } from './BasisRequests';
import { DecisionForm } from './DecisionForm';
import { EntryObjections } from './EntryObjections';
import { ErasureForm } from './ErasureForm';
import { isWithdrawable, type EntryRow } from './entry-rows';

const ERASED = '[erased]';

interface EntryDrawerProps {
  listKey: ListKey;
  row: EntryRow | undefined;
  timeZone: string;
  /** The meeting's policy sends objected organizations to the General Assembly. */
  generalAssembly: boolean;
  transmitted: boolean;
  stateName: (code: string) => string;
  onClose: () => void;
  onWithdraw: (entry: Entry) => void;
  onDone: (message: string) => void;
}

/** One entry: the organization, its status, every objection as the PGA sees it, and what the PGA can do with it. */
export function EntryDrawer({
  listKey,
  row,
  timeZone,
  generalAssembly,
  transmitted,
  stateName,
  onClose,
  onWithdraw,
  onDone,
}: EntryDrawerProps) {
  const { t } = useTranslation();
  const entry = row?.entry;
  // The API answers `[erased]` in place of an erased contact.
  const erasable = entry?.organization.contactEmail !== undefined && entry.organization.contactEmail !== ERASED;
  const decisionDue = entry?.status === 'objected' && generalAssembly && !entry.generalAssemblyDecision && !transmitted;
  return (
    <Drawer opened={row !== undefined} onClose={onClose} position="right" size="lg" title={entry?.organization.name}>
      {row && entry && (
        <Stack gap="lg">
          <dl className="no-facts">
            <dt>{t('list.table.columns.status')}</dt>
            <dd>
              <span className={`no-status no-status-${entry.status}`}>{t(`list.statuses.${entry.status}`)}</span>
              {entry.batch !== undefined && <span className="no-secondary"> {t('list.entry.inBatch', { batch: entry.batch })}</span>}
            </dd>
            <dt>{t('list.table.columns.country')}</dt>
            <dd>{t('list.entry.country', { name: row.countryName, code: entry.organization.country })}</dd>
            <dt>{t('list.table.columns.category')}</dt>
            <dd>{t(`list.categories.${entry.organization.category}`)}</dd>
            {entry.organization.ecosocStatus && (
              <>
                <dt>{t('list.add.ecosocStatus')}</dt>
                <dd>{t(`list.ecosoc.${entry.organization.ecosocStatus}`)}</dd>
              </>
            )}
            {entry.organization.website && (
              <>
                <dt>{t('list.add.website')}</dt>
                <dd>
                  <Anchor href={entry.organization.website} target="_blank" rel="noopener noreferrer">
                    {entry.organization.website}
                  </Anchor>
                </dd>
              </>
            )}
            {entry.organization.contactEmail && (
              <>
                <dt>{t('list.add.contactEmail')}</dt>
                <dd>{entry.organization.contactEmail}</dd>
              </>
            )}
            {entry.generalAssemblyDecision && (
              <>
                <dt>{t('list.decision.title')}</dt>
                <dd>
                  {t(`list.decision.recorded.${entry.generalAssemblyDecision.decision}`, {
                    reference: entry.generalAssemblyDecision.reference,
                  })}
                </dd>
              </>
            )}
          </dl>
          <EntryObjections entry={entry} stateName={stateName} timeZone={timeZone} />
          <BasisRequests listKey={listKey} entry={entry} stateName={stateName} timeZone={timeZone} onDone={onDone} />
          {decisionDue && <DecisionForm key={entry.id} listKey={listKey} entry={entry} onDone={onDone} />}
          {erasable && <ErasureForm key={`erase-${entry.id}`} listKey={listKey} entry={entry} onDone={onDone} />}
          {isWithdrawable(entry) && !transmitted && (
            <div>
              <Button variant="default" color="red" onClick={() => onWithdraw(entry)}>
                {t('list.entry.withdraw')}
              </Button>
              <Text className="no-secondary" mt={4}>
                {t('list.entry.withdrawHelp')}
              </Text>
            </div>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
