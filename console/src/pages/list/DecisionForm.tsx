import { Button, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { useRecordDecision, type Entry, type ListKey } from '../../api/list-queries';
import { ProblemAlert } from '../../components/ProblemAlert';

interface DecisionFormProps {
  listKey: ListKey;
  entry: Entry;
  onDone: (message: string) => void;
}

type Decision = 'approve' | 'reject';

/** The General Assembly's decision on an objected entry: approve or reject, the document symbol, then a check. */
export function DecisionForm({ listKey, entry, onDone }: DecisionFormProps) {
  const { t } = useTranslation();
  const record = useRecordDecision(listKey);
  const [decision, setDecision] = useState<Decision>();
  const [reference, setReference] = useState('');
  const [checking, setChecking] = useState(false);
  const [errors, setErrors] = useState<{ decision?: string; reference?: string }>({});

  const toCheck = () => {
    const next = {
      decision: decision ? undefined : t('list.decision.decisionMissing'),
      reference: reference.trim() ? undefined : t('list.decision.referenceMissing'),
    };
    setErrors(next);
    if (!next.decision && !next.reference) setChecking(true);
  };

  const confirm = () =>
    record.mutate(
      { entryId: entry.id, decision: decision!, reference: reference.trim() },
      {
        onSuccess: () => onDone(t(`list.decision.done.${decision!}`, { name: entry.organization.name, reference: reference.trim() })),
        onError: (error) => {
          const fields = error instanceof ApiProblem ? error.fieldProblems : {};
          if (fields.reference) {
            setErrors({ reference: fields.reference.join(' ') });
            setChecking(false);
          }
        },
      },
    );

  return (
    <section aria-labelledby="entry-decision-title">
      <Title order={3} id="entry-decision-title" mb="xs">
        {t('list.decision.title')}
      </Title>
      {checking ? (
        <div className="no-inline-check">
          <Text>{t(`list.decision.what.${decision!}`, { name: entry.organization.name, reference: reference.trim() })}</Text>
          {record.isError && <ProblemAlert error={record.error} />}
          <Group gap="xs" mt="sm">
            <Button onClick={confirm} loading={record.isPending}>
              {t('list.decision.confirm')}
            </Button>
            <Button variant="default" onClick={() => setChecking(false)}>
              {t('list.actions.back')}
            </Button>
          </Group>
        </div>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('list.decision.intro')}</Text>
          <Radio.Group
            label={t('list.decision.decision')}
            value={decision ?? null}
            onChange={(value) => setDecision(value)}
            error={errors.decision}
            required
          >
            <Group mt="xs">
              <Radio value="approve" label={t('list.decision.approve')} />
              <Radio value="reject" label={t('list.decision.reject')} />
            </Group>
          </Radio.Group>
          <TextInput
            label={t('list.decision.reference')}
            description={t('list.decision.referenceHelp')}
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
            error={errors.reference}
            maxLength={100}
            required
          />
          <Group>
            <Button variant="default" onClick={toCheck}>
              {t('list.actions.continue')}
            </Button>
          </Group>
        </Stack>
      )}
    </section>
  );
}
