import { Button, Group, Modal, MultiSelect, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useObject, type EntryView } from '../../api/mission-queries';
import { useReferenceStates } from '../../api/queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { listOf, useStateNames, useStateOptions } from '../../format/state-names';

const MAX_REASON = 2000;

interface ObjectDialogProps {
  meetingId: string;
  listId: string;
  entry: EntryView;
  myState: string;
  deadline: string;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "Object": an optional reason and States on whose behalf, then a check of what will happen, then the objection. */
export function ObjectDialog({ meetingId, listId, entry, myState, deadline, onClose, onDone }: ObjectDialogProps) {
  const { t, i18n } = useTranslation();
  const states = useReferenceStates();
  const nameOf = useStateNames();
  const object = useObject(meetingId, listId);
  const [step, setStep] = useState<'form' | 'check'>('form');
  const [reason, setReason] = useState('');
  const [onBehalfOf, setOnBehalfOf] = useState<string[]>([]);
  const name = entry.organization.name;
  const confirmButton = useRef<HTMLButtonElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  // Each step's content replaces the other's: the focus follows, or it would fall out of the dialog.
  useEffect(() => {
    if (step === 'check') confirmButton.current?.focus();
    else reasonField.current?.focus();
  }, [step]);
  const others = useStateOptions((states.data ?? []).filter((state) => state.kind === 'member-state' && state.code !== myState));

  const confirm = () =>
    object.mutate(
      { entryId: entry.id, input: { ...(reason.trim() ? { reason: reason.trim() } : {}), ...(onBehalfOf.length ? { onBehalfOf } : {}) } },
      { onSuccess: () => onDone(t('mission.object.done', { name })) },
    );

  return (
    <Modal opened onClose={onClose} title={t('mission.object.title', { name })} returnFocus={false}>
      {step === 'form' ? (
        <Stack gap="md">
          <Textarea
            label={t('mission.object.reason')}
            description={t('mission.object.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={MAX_REASON}
            rows={4}
            ref={reasonField}
          />
          <MultiSelect
            label={t('mission.object.onBehalfOf')}
            description={t('mission.object.onBehalfOfHelp')}
            data={others}
            value={onBehalfOf}
            onChange={setOnBehalfOf}
            searchable
            clearable
            limit={8}
            maxDropdownHeight={360}
            nothingFoundMessage={t('mission.object.noState')}
            comboboxProps={{ withinPortal: false }}
          />
          <Group>
            <Button onClick={() => setStep('check')}>{t('mission.object.continue')}</Button>
            <Button variant="default" onClick={onClose}>
              {t('mission.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text>{t('mission.object.checkIntro', { name })}</Text>
          <dl className="no-mission-facts">
            <dt>{t('mission.object.reason')}</dt>
            <dd>{reason.trim() || t('mission.object.noReason')}</dd>
            <dt>{t('mission.object.onBehalfOf')}</dt>
            <dd>{onBehalfOf.length ? listOf(onBehalfOf.map(nameOf), i18n.language) : t('mission.object.onlyYours')}</dd>
          </dl>
          <Text>{t('mission.object.checkAfter', { deadline })}</Text>
          {object.isError && <ProblemAlert error={object.error} />}
          <Group>
            <Button onClick={confirm} loading={object.isPending} ref={confirmButton}>
              {t('mission.object.confirm')}
            </Button>
            <Button variant="default" onClick={() => setStep('form')}>
              {t('mission.object.change')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
