import { Button, Group, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerBasisRequest, type Entry, type ListKey } from '../../api/list-queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInstant } from '../../format/dates';

interface BasisRequestsProps {
  listKey: ListKey;
  entry: Entry;
  stateName: (code: string) => string;
  timeZone: string;
  onDone: (message: string) => void;
}

/** Requests for the general basis of the objections, and making it known to a requester (after a check). */
export function BasisRequests({ listKey, entry, stateName, timeZone, onDone }: BasisRequestsProps) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerBasisRequest(listKey);
  const [checking, setChecking] = useState<string>();
  const requests = entry.basisRequests ?? [];
  if (requests.length === 0) return null;

  const confirm = (state: string) =>
    answer.mutate(
      { entryId: entry.id, state },
      {
        onSuccess: () => {
          setChecking(undefined);
          onDone(t('list.basis.done', { state: stateName(state), name: entry.organization.name }));
        },
      },
    );

  return (
    <section aria-labelledby="entry-basis-title">
      <Title order={3} id="entry-basis-title" mb="xs">
        {t('list.basis.title')}
      </Title>
      <ul className="no-objections">
        {requests.map((request) => (
          <li key={request.state} className="no-basis-request">
            <Text size="sm">
              {t('list.basis.requested', {
                state: stateName(request.state),
                time: formatInstant(request.requestedAt, timeZone, i18n.language),
              })}
            </Text>
            {request.madeKnownAt ? (
              <Text className="no-secondary">
                {t('list.basis.madeKnown', { time: formatInstant(request.madeKnownAt, timeZone, i18n.language) })}
              </Text>
            ) : checking === request.state ? (
              <div className="no-inline-check">
                <Text size="sm">{t('list.basis.what', { state: stateName(request.state) })}</Text>
                {answer.isError && <ProblemAlert error={answer.error} />}
                <Group gap="xs" mt="xs">
                  <Button size="xs" onClick={() => confirm(request.state)} loading={answer.isPending}>
                    {t('list.basis.confirm', { state: stateName(request.state) })}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setChecking(undefined)}>
                    {t('list.actions.cancel')}
                  </Button>
                </Group>
              </div>
            ) : (
              <Button size="xs" variant="default" mt={4} onClick={() => setChecking(request.state)}>
                {t('list.basis.answer', { state: stateName(request.state) })}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
