import { Anchor, Button, Fieldset, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateList } from '../../api/dashboard-queries';
import { ApiProblem } from '../../api/problem';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDraft } from '../../hooks';

const KINDS = ['non-objection', 'ecosoc'] as const;
type Kind = (typeof KINDS)[number];

interface Draft {
  title: string;
  id: string;
  kind: Kind;
}

/** The input that shows each field of the API's body (VALIDATION_FAILED's `details[].field`). */
const FIELD_IDS: Record<string, string> = { title: 'list-title', id: 'list-id', kind: 'list-kind-non-objection' };
const SLUG = /^[a-z0-9][a-z0-9-]{2,63}$/;

function checked(draft: Draft, t: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors['list-title'] = t('dashboard.newList.errors.title');
  if (!SLUG.test(draft.id)) errors['list-id'] = t('dashboard.newList.errors.id');
  return errors;
}

function refusedFields(problem: unknown): Record<string, string> {
  if (!(problem instanceof ApiProblem)) return {};
  const errors: Record<string, string> = {};
  for (const [field, problems] of Object.entries(problem.fieldProblems)) errors[FIELD_IDS[field] ?? field] = problems.join(' ');
  if (problem.code === 'ALREADY_EXISTS') errors['list-id'] = problem.message;
  return errors;
}

/** "New list": its title, identifier and kind (paragraph 8 or 9), with the engine's refusals on the fields. */
export function NewListForm({
  meetingId,
  onCreated,
  onCancel,
}: {
  meetingId: string;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`new-list.${meetingId}`, { title: '', id: '', kind: 'non-objection' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useCreateList(meetingId);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft({ ...draft, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checked(draft, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(
      { id: draft.id, title: draft.title.trim(), kind: draft.kind },
      {
        onSuccess: ({ id }) => {
          clearDraft();
          onCreated(id);
        },
        onError: (problem) => setErrors(refusedFields(problem)),
      },
    );
  };

  const order = Object.values(FIELD_IDS);
  const summary: SummaryItem[] = Object.entries(errors)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([fieldId, message]) => ({ fieldId: order.includes(fieldId) ? fieldId : undefined, message }));
  const otherProblem = create.isError && Object.keys(errors).length === 0;

  return (
    <form onSubmit={submit} noValidate className="no-dash-form">
      <Fieldset legend={t('dashboard.newList.legend')}>
        <ErrorSummary items={summary} />
        <Stack gap="md">
          <TextInput
            id="list-title"
            label={t('dashboard.newList.title')}
            description={t('dashboard.newList.titleHelp')}
            value={draft.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={errors['list-title']}
            required
          />
          <TextInput
            id="list-id"
            label={t('dashboard.newList.id')}
            description={t('dashboard.newList.idHelp')}
            value={draft.id}
            onChange={(event) => set('id', event.currentTarget.value)}
            error={errors['list-id']}
            required
            spellCheck={false}
            autoComplete="off"
          />
          <Radio.Group
            label={t('dashboard.newList.kind')}
            value={draft.kind}
            onChange={(value) => set('kind', value)}
            error={errors['list-kind-non-objection']}
            name="kind"
            required
          >
            <Stack gap="sm" mt="xs">
              {KINDS.map((kind) => (
                <Radio
                  key={kind}
                  id={`list-kind-${kind}`}
                  value={kind}
                  label={t(`dashboard.newList.kinds.${kind}.label`)}
                  description={t(`dashboard.newList.kinds.${kind}.explanation`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {otherProblem && <ProblemAlert error={create.error} />}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('dashboard.newList.submit')}
            </Button>
            <Anchor component="button" type="button" onClick={onCancel}>
              {t('dashboard.newList.cancel')}
            </Anchor>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
