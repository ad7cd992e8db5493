import { Button, Select, Text } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInviteChair, useWithdrawInvitation, type PanelView } from '../../api/arrangements-queries';
import { useReferenceStates } from '../../api/queries';
import { problemMessage, ProblemAlert } from '../../components/ProblemAlert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useStateNames, useStateOptions } from '../../format/state-names';
import { ignore } from './shared';

interface Props {
  panel: PanelView;
  meetingId: string;
  onDone: (result: string) => void;
}

/** Invite a State of a consulted regional group to chair the panel, or withdraw an invitation not yet answered. */
export function ChairInvitation({ panel, meetingId, onDone }: Props) {
  const chair = panel.chair;
  if (chair?.status === 'invited') return <WithdrawInvitation panel={panel} meetingId={meetingId} onDone={onDone} />;
  if (chair?.status === 'accepted') return null;
  return <InviteChair panel={panel} meetingId={meetingId} onDone={onDone} />;
}

function InviteChair({ panel, meetingId, onDone }: Props) {
  const { t } = useTranslation();
  const states = useReferenceStates();
  const invite = useInviteChair(meetingId, panel.id);
  const [state, setState] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const consulted = useMemo(() => new Set(panel.consultations.map((c) => c.regionalGroup)), [panel.consultations]);
  const options = useStateOptions(
    (states.data ?? []).filter((s) => s.kind === 'member-state' && s.regionalGroup && consulted.has(s.regionalGroup)),
  );
  const inputId = `panel-${panel.id}-invite`;

  if (consulted.size === 0) return <Text className="no-secondary">{t('arrangements.panels.consultFirst')}</Text>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!state);
    if (!state) return;
    // mutateAsync: the result is reported even though this form unmounts once the view refreshes.
    const name = options.find((o) => o.value === state)?.label ?? state;
    void invite.mutateAsync(state).then(() => onDone(t('arrangements.panels.invited', { state: name, panel: panel.title })), ignore);
  };
  return (
    <form onSubmit={submit} noValidate className="no-arr-inline-form">
      <Select
        id={inputId}
        label={t('arrangements.panels.inviteState')}
        description={t('arrangements.panels.inviteStateHelp')}
        data={options}
        value={state}
        onChange={setState}
        searchable
        limit={30}
        nothingFoundMessage={t('arrangements.panels.noStateFound')}
        error={missing ? t('arrangements.panels.chooseState') : invite.isError ? problemMessage(invite.error, t) : undefined}
      />
      <Button type="submit" loading={invite.isPending}>
        {t('arrangements.panels.invite')}
      </Button>
    </form>
  );
}

function WithdrawInvitation({ panel, meetingId, onDone }: Props) {
  const { t } = useTranslation();
  const stateName = useStateNames();
  const withdraw = useWithdrawInvitation(meetingId, panel.id);
  const [confirming, setConfirming] = useState(false);
  const state = stateName(panel.chair?.state ?? '');
  const confirm = () => {
    void withdraw.mutateAsync().then(() => {
      setConfirming(false);
      onDone(t('arrangements.panels.withdrawn', { state, panel: panel.title }));
    }, ignore);
  };
  return (
    <>
      <Button variant="default" color="red" onClick={() => setConfirming(true)}>
        {t('arrangements.panels.withdraw')}
      </Button>
      {withdraw.isError && !confirming && <ProblemAlert error={withdraw.error} />}
      <ConfirmDialog
        opened={confirming}
        title={t('arrangements.panels.withdrawTitle')}
        danger
        confirmLabel={t('arrangements.panels.withdrawConfirm')}
        cancelLabel={t('arrangements.panels.withdrawKeep')}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
        pending={withdraw.isPending}
        error={withdraw.error}
      >
        {t('arrangements.panels.withdrawBody', { state, panel: panel.title })}
      </ConfirmDialog>
    </>
  );
}
