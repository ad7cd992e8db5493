import { Alert, Button, Loader, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFinalize, usePanels, type ArrangedMeeting } from '../../api/arrangements-queries';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInstant } from '../../format/dates';
import { CheckList } from './CheckList';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { checkItems, missingOf } from './readiness';
import { ReopenForm } from './ReopenForm';
import { ignore, useIsPga } from './shared';

/** Paragraph 10: check every item, then finalize (with a confirmation); once finalized, reopen with a reason. */
export function FinalizationTab({ meeting }: { meeting: ArrangedMeeting }) {
  const { t, i18n } = useTranslation();
  const isPga = useIsPga();
  const panels = usePanels(meeting.id);
  const [result, setResult] = useState('');
  const { status, finalizedAt, reopenedAt, reopeningReason } = meeting.arrangements;
  const items = checkItems(meeting, panels.data ?? []);
  const gaps = items.filter((item) => !item.done).length;
  return (
    <section aria-labelledby="finalization-title">
      <Title order={2} id="finalization-title">
        {t('arrangements.finalization.title')}
      </Title>
      <Text className="no-reading" mb="md">
        {t('arrangements.finalization.intro')}
      </Text>
      {result && (
        <Text role="status" className="no-arr-result">
          {result}
        </Text>
      )}
      {status === 'finalized' && finalizedAt && (
        <Text mb="md">
          {t('arrangements.finalization.finalizedAt', { time: formatInstant(finalizedAt, meeting.timezone, i18n.language) })}
        </Text>
      )}
      {status === 'open' && reopenedAt && (
        <Text mb="md" className="no-reading">
          {t('arrangements.finalization.reopenedAt', {
            time: formatInstant(reopenedAt, meeting.timezone, i18n.language),
            reason: reopeningReason ?? '',
          })}
        </Text>
      )}
      {panels.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : <CheckList meeting={meeting} items={items} />}
      {panels.isError && <ProblemAlert error={panels.error} />}
      {isPga && status === 'open' && panels.data && (
        <Finalize meeting={meeting} gaps={gaps} panelCount={panels.data.length} onDone={setResult} />
      )}
      {isPga && status === 'finalized' && <ReopenForm meetingId={meeting.id} onDone={setResult} />}
    </section>
  );
}

interface FinalizeProps {
  meeting: ArrangedMeeting;
  gaps: number;
  panelCount: number;
  onDone: (result: string) => void;
}

function Finalize({ meeting, gaps, panelCount, onDone }: FinalizeProps) {
  const { t } = useTranslation();
  const finalize = useFinalize(meeting.id);
  const [confirming, setConfirming] = useState(false);
  const refused = finalize.error instanceof ApiProblem ? missingOf(finalize.error.details) : [];
  const confirm = () => {
    void finalize
      .mutateAsync()
      .then(() => onDone(t('arrangements.finalization.finalized')), ignore)
      .finally(() => setConfirming(false));
  };
  if (gaps > 0) {
    return (
      <Alert color="orange" variant="outline" mt="md" title={t('arrangements.finalization.notYetTitle')}>
        {t('arrangements.finalization.notYet', { count: gaps })}
      </Alert>
    );
  }
  return (
    <div className="no-arr-gap">
      {refused.length > 0 && (
        <Alert color="red" variant="outline" role="alert" mb="md" title={t('arrangements.finalization.refusedTitle')}>
          <ul>
            {refused.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {finalize.isError && refused.length === 0 && <ProblemAlert error={finalize.error} />}
      <Button onClick={() => setConfirming(true)}>{t('arrangements.finalization.finalize')}</Button>
      <ConfirmDialog
        opened={confirming}
        title={t('arrangements.finalization.confirmTitle')}
        confirmLabel={t('arrangements.finalization.confirm')}
        cancelLabel={t('arrangements.finalization.cancel')}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
        pending={finalize.isPending}
        error={undefined}
      >
        {t('arrangements.finalization.confirmBody', { title: meeting.title, segments: meeting.programme.length, panels: panelCount })}
      </ConfirmDialog>
    </div>
  );
}
