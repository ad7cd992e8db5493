import { Button, NativeSelect, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONAL_GROUPS, useConsult, type ArrangedMeeting, type PanelView, type RegionalGroup } from '../../api/arrangements-queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInstant } from '../../format/dates';
import { useRegionalGroupNames } from '../../format/state-names';

interface Props {
  panel: PanelView;
  meeting: ArrangedMeeting;
  canChange: boolean;
  onDone: (result: string) => void;
}

/** The regional groups consulted on the panel's chair, and a form to record one more. */
export function Consultations({ panel, meeting, canChange, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const groupName = useRegionalGroupNames();
  return (
    <div className="no-arr-consultations">
      {panel.consultations.length === 0 ? (
        <Text size="sm">{t('arrangements.panels.noConsultation')}</Text>
      ) : (
        <div className="no-table-wrap">
          <Table className="no-table" captionSide="top">
            <caption className="no-secondary">{t('arrangements.panels.consultationsCaption', { panel: panel.title })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('arrangements.panels.group')}</Table.Th>
                <Table.Th scope="col">{t('arrangements.panels.note')}</Table.Th>
                <Table.Th scope="col">{t('arrangements.panels.recordedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {panel.consultations.map((consultation) => (
                <Table.Tr key={`${consultation.regionalGroup}-${consultation.recordedAt}`}>
                  <Table.Td>{groupName(consultation.regionalGroup)}</Table.Td>
                  <Table.Td>{consultation.note ?? '—'}</Table.Td>
                  <Table.Td className="no-instant">{formatInstant(consultation.recordedAt, meeting.timezone, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {canChange && <ConsultationForm panel={panel} meetingId={meeting.id} onDone={onDone} />}
    </div>
  );
}

function ConsultationForm({ panel, meetingId, onDone }: { panel: PanelView; meetingId: string; onDone: (result: string) => void }) {
  const { t } = useTranslation();
  const groupName = useRegionalGroupNames();
  const consult = useConsult(meetingId, panel.id);
  const [group, setGroup] = useState<RegionalGroup>(REGIONAL_GROUPS[0]);
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    consult.mutate(
      { regionalGroup: group, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          onDone(t('arrangements.panels.consulted', { group: groupName(group), panel: panel.title }));
          setNote('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="no-arr-inline-form">
      <NativeSelect
        id={`panel-${panel.id}-group`}
        label={t('arrangements.panels.groupToConsult')}
        value={group}
        onChange={(event) => setGroup(event.currentTarget.value as RegionalGroup)}
        data={REGIONAL_GROUPS.map((g) => ({ value: g, label: groupName(g) }))}
      />
      <TextInput
        id={`panel-${panel.id}-note`}
        label={t('arrangements.panels.noteOptional')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Button type="submit" variant="default" loading={consult.isPending}>
        {t('arrangements.panels.recordConsultation')}
      </Button>
      {consult.isError && <ProblemAlert error={consult.error} />}
    </form>
  );
}
