import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErasePersonalData, type Entry, type ListKey } from '../../api/list-queries';
import { ProblemAlert } from '../../components/ProblemAlert';

interface ErasureFormProps {
  listKey: ListKey;
  entry: Entry;
  onDone: (message: string) => void;
}

/** The contact's personal data erased on request: a reason, then a check of what will be erased, then the erasure. */
export function ErasureForm({ listKey, entry, onDone }: ErasureFormProps) {
  const { t } = useTranslation();
  const erase = useErasePersonalData(listKey);
  const [reason, setReason] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string>();
  const name = entry.organization.name;

  const toCheck = () => {
    const missing = reason.trim() ? undefined : t('list.erasure.reasonMissing');
    setError(missing);
    if (!missing) setChecking(true);
  };

  const confirm = () =>
    erase.mutate({ entryId: entry.id, reason: reason.trim() }, { onSuccess: () => onDone(t('list.erasure.done', { name })) });

  return (
    <section aria-labelledby="entry-erasure-title">
      <Title order={3} id="entry-erasure-title" mb="xs">
        {t('list.erasure.title')}
      </Title>
      {checking ? (
        <div className="no-inline-check">
          <dl className="no-facts">
            <dt>{t('list.add.contactEmail')}</dt>
            <dd>{entry.organization.contactEmail}</dd>
            <dt>{t('list.erasure.reason')}</dt>
            <dd>{reason.trim()}</dd>
          </dl>
          <Text>{t('list.erasure.what', { name })}</Text>
          {erase.isError && <ProblemAlert error={erase.error} />}
          <Group gap="xs" mt="sm">
            <Button color="red" onClick={confirm} loading={erase.isPending}>
              {t('list.erasure.confirm')}
            </Button>
            <Button variant="default" onClick={() => setChecking(false)}>
              {t('list.actions.back')}
            </Button>
          </Group>
        </div>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{t('list.erasure.intro')}</Text>
          <TextInput
            label={t('list.erasure.reason')}
            description={t('list.erasure.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error}
            maxLength={2000}
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
