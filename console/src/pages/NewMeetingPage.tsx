import { Anchor, Button, Checkbox, Fieldset, Group, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { newIdempotencyKey, unwrap, type Schemas } from '../api/client';
import { ApiProblem } from '../api/problem';
import { useSession } from '../auth/session';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { ProblemAlert } from '../components/ProblemAlert';
import { timeZones } from '../format/dates';
import { useDraft } from '../hooks';
import { slugOf } from '../format/slug';

const DISCLOSURES = ['organizations', 'organizations-and-states', 'none'] as const;
type Disclosure = (typeof DISCLOSURES)[number];

interface Draft {
  title: string;
  id: string;
  idEdited: boolean;
  timezone: string;
  venue: string;
  disclosure: Disclosure;
  generalAssembly: boolean;
  reminders: string;
}

const EMPTY: Draft = {
  title: '',
  id: '',
  idEdited: false,
  timezone: 'America/New_York',
  venue: '',
  disclosure: 'organizations',
  generalAssembly: false,
  reminders: '72, 24',
};

/** The id of the input that shows each field of the API's body (VALIDATION_FAILED's `details[].field`). */
const FIELD_IDS: Record<string, string> = {
  title: 'meeting-title',
  id: 'meeting-id',
  timezone: 'meeting-timezone',
  venue: 'meeting-venue',
  'policy.objectionDisclosure': 'meeting-disclosure-organizations',
  'policy.objectedGoToGeneralAssembly': 'meeting-general-assembly',
  'policy.reminders': 'meeting-reminders',
};

const SLUG = /^[a-z0-9][a-z0-9-]{2,63}$/;

/** "72, 24" → ["PT72H", "PT24H"]; undefined when a part is not a whole number of hours. */
function remindersOf(text: string): string[] | undefined {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.every((part) => /^\d{1,4}$/.test(part) && Number(part) > 0)) return undefined;
  return parts.map((hours) => `PT${Number(hours)}H`);
}

/** The PGA's office creates a meeting: its title and id, time zone, venue and policy. */
export function NewMeetingPage() {
  const { t } = useTranslation();
  const { api } = useSession();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const [draft, setDraft, clearDraft] = useDraft<Draft>('new-meeting', EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // One key per meeting being created: a second click, or a retry after a lost answer, creates nothing twice.
  const idempotencyKey = useRef(newIdempotencyKey());
  const zones = useMemo(() => timeZones(), []);

  const create = useMutation({
    mutationFn: (body: Schemas['CreateMeetingDto']) =>
      unwrap(api.POST('/v1/meetings', { body, headers: { 'idempotency-key': idempotencyKey.current } })),
    onSuccess: async ({ id }) => {
      clearDraft();
      idempotencyKey.current = newIdempotencyKey();
      await queries.invalidateQueries({ queryKey: ['meetings'] });
      void navigate('/meetings', { state: { created: id } });
    },
    onError: (problem) => {
      if (!(problem instanceof ApiProblem)) return;
      const errors: Record<string, string> = {};
      for (const [field, problems] of Object.entries(problem.fieldProblems)) {
        errors[FIELD_IDS[field] ?? field] = problems.join(' ');
      }
      if (problem.code === 'ALREADY_EXISTS') errors['meeting-id'] = problem.message;
      setFieldErrors(errors);
    },
  });

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    const next = { ...draft, [key]: value };
    if (key === 'title' && !draft.idEdited) next.id = slugOf(String(value));
    if (key === 'id') next.idEdited = true;
    setDraft(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!draft.title.trim()) errors['meeting-title'] = t('newMeeting.errors.title');
    if (!SLUG.test(draft.id)) errors['meeting-id'] = t('newMeeting.errors.id');
    if (!draft.timezone) errors['meeting-timezone'] = t('newMeeting.errors.timezone');
    const reminders = remindersOf(draft.reminders);
    if (!reminders) errors['meeting-reminders'] = t('newMeeting.errors.reminders');
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || !reminders) return;
    create.mutate({
      id: draft.id,
      title: draft.title.trim(),
      timezone: draft.timezone,
      ...(draft.venue.trim() ? { venue: draft.venue.trim() } : {}),
      policy: { objectionDisclosure: draft.disclosure, objectedGoToGeneralAssembly: draft.generalAssembly, reminders },
    });
  };

  const order = Object.values(FIELD_IDS);
  const summary: SummaryItem[] = Object.entries(fieldErrors)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([fieldId, message]) => ({ fieldId: order.includes(fieldId) ? fieldId : undefined, message }));
  const otherProblem = create.isError && Object.keys(fieldErrors).length === 0;

  return (
    <div className="no-reading">
      <Anchor component={Link} to="/meetings" size="sm">
        {t('newMeeting.back')}
      </Anchor>
      <Title order={1} mt="xs" mb="md">
        {t('newMeeting.title')}
      </Title>
      <ErrorSummary items={summary} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <TextInput
            id="meeting-title"
            label={t('newMeeting.fields.title')}
            description={t('newMeeting.fields.titleHelp')}
            value={draft.title}
            onChange={(event) => set('title', event.currentTarget.value)}
            error={fieldErrors['meeting-title']}
            required
          />
          <TextInput
            id="meeting-id"
            label={t('newMeeting.fields.id')}
            description={t('newMeeting.fields.idHelp')}
            value={draft.id}
            onChange={(event) => set('id', event.currentTarget.value)}
            error={fieldErrors['meeting-id']}
            required
            spellCheck={false}
            autoComplete="off"
          />
          <Select
            id="meeting-timezone"
            label={t('newMeeting.fields.timezone')}
            description={t('newMeeting.fields.timezoneHelp')}
            data={zones}
            value={draft.timezone}
            onChange={(value) => set('timezone', value ?? '')}
            error={fieldErrors['meeting-timezone']}
            searchable
            required
            limit={50}
          />
          <TextInput
            id="meeting-venue"
            label={t('newMeeting.fields.venue')}
            description={t('newMeeting.fields.venueHelp')}
            value={draft.venue}
            onChange={(event) => set('venue', event.currentTarget.value)}
            error={fieldErrors['meeting-venue']}
          />
          <Fieldset legend={t('newMeeting.policy.legend')} variant="default">
            <Stack gap="lg">
              <Radio.Group
                label={t('newMeeting.policy.disclosure')}
                description={t('newMeeting.policy.disclosureHelp')}
                value={draft.disclosure}
                onChange={(value) => set('disclosure', value)}
                error={fieldErrors['meeting-disclosure-organizations']}
                name="objectionDisclosure"
              >
                <Stack gap="sm" mt="xs">
                  {DISCLOSURES.map((option) => (
                    <Radio
                      key={option}
                      id={`meeting-disclosure-${option}`}
                      value={option}
                      label={t(`newMeeting.policy.disclosures.${option}.label`)}
                      description={t(`newMeeting.policy.disclosures.${option}.explanation`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <Checkbox
                id="meeting-general-assembly"
                label={t('newMeeting.policy.generalAssembly')}
                description={t('newMeeting.policy.generalAssemblyHelp')}
                checked={draft.generalAssembly}
                onChange={(event) => set('generalAssembly', event.currentTarget.checked)}
                error={fieldErrors['meeting-general-assembly']}
              />
              <TextInput
                id="meeting-reminders"
                label={t('newMeeting.policy.reminders')}
                description={t('newMeeting.policy.remindersHelp')}
                value={draft.reminders}
                onChange={(event) => set('reminders', event.currentTarget.value)}
                error={fieldErrors['meeting-reminders']}
                inputMode="numeric"
                autoComplete="off"
              />
            </Stack>
          </Fieldset>
          {otherProblem && <ProblemAlert error={create.error} />}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t('newMeeting.submit')}
            </Button>
            <Anchor component={Link} to="/meetings">
              {t('newMeeting.cancel')}
            </Anchor>
          </Group>
          <Text className="no-secondary">{t('newMeeting.requiredNote')}</Text>
        </Stack>
      </form>
    </div>
  );
}
