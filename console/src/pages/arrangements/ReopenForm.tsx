import { Button, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReopen } from '../../api/arrangements-queries';
import { problemMessage } from '../../components/ProblemAlert';
import { ignore } from './shared';

/** Finalized arrangements take no change until the PGA reopens them, saying why (the reason is kept in the record). */
export function ReopenForm({ meetingId, onDone }: { meetingId: string; onDone: (result: string) => void }) {
  const { t } = useTranslation();
  const reopen = useReopen(meetingId);
  const [reason, setReason] = useState('');
  const [blank, setBlank] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBlank(!reason.trim());
    if (!reason.trim()) return;
    // mutateAsync: the result is reported even though this form unmounts once the view refreshes.
    void reopen.mutateAsync(reason.trim()).then(() => onDone(t('arrangements.finalization.reopened')), ignore);
  };
  const error = blank ? t('arrangements.finalization.reasonRequired') : reopen.isError ? problemMessage(reopen.error, t) : undefined;
  return (
    <form onSubmit={submit} noValidate className="no-reading no-arr-gap">
      <Stack gap="sm">
        <Textarea
          id="reopening-reason"
          label={t('arrangements.finalization.reason')}
          description={t('arrangements.finalization.reasonHelp')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error}
          rows={3}
          required
        />
        <div>
          <Button type="submit" variant="default" loading={reopen.isPending}>
            {t('arrangements.finalization.reopen')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
