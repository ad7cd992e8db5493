import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BasisRequest, EntryView } from '../../api/mission-queries';
import { listOf, useStateNames } from '../../format/state-names';

const REQUESTABLE = new Set(['objected', 'not-approved']);

interface OutcomeProps {
  entry: EntryView;
  basisRequest?: BasisRequest;
  canRequest: boolean;
  onRequest: () => void;
}

/** After the deadline: what became of the entry, as much as the meeting's disclosure policy tells. */
export function Outcome({ entry, basisRequest, canRequest, onRequest }: OutcomeProps) {
  const { t, i18n } = useTranslation();
  const nameOf = useStateNames();
  const by = entry.objectingStates?.length
    ? t('mission.outcome.byStates', { states: listOf(entry.objectingStates.map(nameOf), i18n.language) })
    : entry.objectionCount
      ? t('mission.outcome.byCount', { count: entry.objectionCount })
      : undefined;
  return (
    <div className={`no-mission-outcome no-mission-outcome-${entry.status}`}>
      <Text fw={600}>{t(`mission.outcome.status.${entry.status}`)}</Text>
      {entry.status === 'objected' && by && <Text>{by}</Text>}
      {REQUESTABLE.has(entry.status) && canRequest && (
        <>
          {basisRequest ? (
            <Basis request={basisRequest} />
          ) : (
            <Button
              mt="xs"
              size="sm"
              variant="default"
              aria-label={t('mission.outcome.requestLabel', { name: entry.organization.name })}
              onClick={onRequest}
            >
              {t('mission.outcome.request')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}

function Basis({ request }: { request: BasisRequest }) {
  const { t } = useTranslation();
  const nameOf = useStateNames();
  if (!request.bases) return <Text className="no-secondary">{t('mission.outcome.basisRequested')}</Text>;
  return (
    <div className="no-mission-basis">
      <Text fw={600}>{t('mission.outcome.basisTitle')}</Text>
      <ul>
        {request.bases.map((basis, index) => (
          <li key={`${basis.state ?? 'state'}-${index}`}>
            {basis.state ? t('mission.outcome.basisOf', { state: nameOf(basis.state), reason: basis.reason }) : basis.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}
