import { Button, Checkbox, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useApprovedEcosocEntries,
  useIdentifyOpeningSpeaker,
  type ArrangedMeeting,
  type OpeningSpeakerRole,
} from '../../api/arrangements-queries';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';

type Speaker = ArrangedMeeting['openingSpeakers'][number];

interface Props {
  role: OpeningSpeakerRole;
  meeting: ArrangedMeeting;
  current?: Speaker;
  onDone: (result: string) => void;
}

/** Identify the eminent person, or the NGO representative (a person of an approved organization of an ECOSOC list). */
export function OpeningSpeakerForm({ role, meeting, current, onDone }: Props) {
  const { t } = useTranslation();
  const ngo = role === 'ngo-representative';
  const entries = useApprovedEcosocEntries(meeting.id);
  const identify = useIdentifyOpeningSpeaker(meeting.id, role);
  const [name, setName] = useState(current?.name ?? '');
  const [organization, setOrganization] = useState(current?.organization ?? '');
  const [entryId, setEntryId] = useState<string | null>(current?.entryId ?? null);
  const [survivor, setSurvivor] = useState(current?.survivor ?? false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = `opening-${role}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('arrangements.opening.errors.name');
    if (ngo && !entryId) local.entryId = t('arrangements.opening.errors.entry');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const body = ngo
      ? { name: name.trim(), entryId: entryId!, survivor }
      : { name: name.trim(), survivor, ...(organization.trim() ? { organization: organization.trim() } : {}) };
    identify.mutate(body, {
      onSuccess: () => onDone(t('arrangements.opening.saved', { name: name.trim(), role: t(`arrangements.openingRoles.${role}`) })),
      onError: (problem) => {
        if (!(problem instanceof ApiProblem)) return;
        setErrors(Object.fromEntries(Object.entries(problem.fieldProblems).map(([field, list]) => [field, list.join(' ')])));
      },
    });
  };
  const fieldProblem = Object.keys(errors).length > 0;
  return (
    <form onSubmit={submit} noValidate className="no-arr-card">
      <Title order={3} mb="xs">
        {t(`arrangements.openingRoles.${role}`)}
      </Title>
      <Stack gap="sm">
        {ngo && (
          <Select
            id={`${prefix}-entry`}
            label={t('arrangements.opening.ecosocOrganization')}
            description={t('arrangements.opening.ecosocHelp')}
            data={(entries.data ?? []).map((entry) => ({ value: entry.entryId, label: `${entry.name} (${entry.country})` }))}
            value={entryId}
            onChange={setEntryId}
            searchable
            nothingFoundMessage={t('arrangements.opening.noEcosoc')}
            error={errors.entryId}
            required
          />
        )}
        {ngo && entries.data?.length === 0 && <Text className="no-secondary">{t('arrangements.opening.noEcosoc')}</Text>}
        <TextInput
          id={`${prefix}-name`}
          label={ngo ? t('arrangements.opening.representativeName') : t('arrangements.opening.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          required
        />
        {!ngo && (
          <TextInput
            id={`${prefix}-organization`}
            label={t('arrangements.opening.organizationOptional')}
            value={organization}
            onChange={(event) => setOrganization(event.currentTarget.value)}
            error={errors.organization}
          />
        )}
        <Checkbox
          id={`${prefix}-survivor`}
          label={t('arrangements.opening.survivorLabel')}
          description={t('arrangements.opening.survivorHelp')}
          checked={survivor}
          onChange={(event) => setSurvivor(event.currentTarget.checked)}
        />
        {identify.isError && !fieldProblem && <ProblemAlert error={identify.error} />}
        <div>
          <Button type="submit" loading={identify.isPending}>
            {ngo ? t('arrangements.opening.saveNgo') : t('arrangements.opening.saveEminent')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
