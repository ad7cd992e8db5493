import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useInscribe, type SpeakerLevel } from '../../api/mission-queries';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';

const LEVELS: SpeakerLevel[] = [
  'head-of-state',
  'vice-president',
  'crown-prince',
  'head-of-government',
  'minister',
  'vice-minister',
  'head-of-delegation',
];

interface InscriptionFormProps {
  meetingId: string;
  segmentId: string;
  title: string;
  onDone: (message: string) => void;
}

/** Inscribe the mission's speaker: the level of representation (it sets the order) and the speaker's name. */
export function InscriptionForm({ meetingId, segmentId, title, onDone }: InscriptionFormProps) {
  const { t } = useTranslation();
  const inscribe = useInscribe(meetingId);
  const [level, setLevel] = useState<SpeakerLevel | null>(null);
  const [speakerName, setSpeakerName] = useState('');
  const [errors, setErrors] = useState<{ level?: string; speakerName?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(level ? {} : { level: t('mission.speakers.errors.level') }),
      ...(speakerName.trim() ? {} : { speakerName: t('mission.speakers.errors.speakerName') }),
    };
    setErrors(found);
    if (!level || Object.keys(found).length > 0) return;
    inscribe.mutate(
      { segmentId, level, speakerName: speakerName.trim() },
      {
        onSuccess: () => onDone(t('mission.speakers.done', { name: speakerName.trim(), title })),
        onError: (problem) => {
          if (problem instanceof ApiProblem && problem.fieldProblems.speakerName)
            setErrors({ speakerName: problem.fieldProblems.speakerName.join(' ') });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="no-mission-form">
      <Select
        label={t('mission.speakers.level')}
        description={t('mission.speakers.levelHelp')}
        data={LEVELS.map((value) => ({ value, label: t(`mission.levels.${value}`) }))}
        value={level}
        onChange={(value) => setLevel(value)}
        error={errors.level}
        required
        comboboxProps={{ withinPortal: false }}
      />
      <TextInput
        mt="sm"
        label={t('mission.speakers.speakerName')}
        description={t('mission.speakers.speakerNameHelp')}
        value={speakerName}
        onChange={(event) => setSpeakerName(event.currentTarget.value)}
        error={errors.speakerName}
        required
        autoComplete="off"
      />
      {inscribe.isError && !errors.speakerName && <ProblemAlert error={inscribe.error} />}
      <Group mt="sm">
        <Button type="submit" loading={inscribe.isPending} aria-label={t('mission.speakers.inscribeLabel', { title })}>
          {t('mission.speakers.inscribe')}
        </Button>
      </Group>
    </form>
  );
}
