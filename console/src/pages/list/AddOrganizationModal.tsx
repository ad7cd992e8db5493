import { Button, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../api/client';
import { useProposeOrganization, type ListKey, type Organization } from '../../api/list-queries';
import { ApiProblem } from '../../api/problem';
import { useReferenceStates } from '../../api/queries';
import { useStateOptions } from '../../format/state-names';
import { DialogActions } from '../../components/DialogActions';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDraft } from '../../hooks';

const CATEGORIES = ['ngo', 'civil-society', 'private-sector', 'media', 'academia'] as const;
const ECOSOC = ['general', 'special', 'roster'] as const;
/** The body's fields, in the order of the form; each input's id is `organization-<field>`. */
const FIELDS = ['name', 'country', 'category', 'ecosocStatus', 'website', 'contactEmail'] as const;
type Field = (typeof FIELDS)[number];
type Draft = Record<Field, string>;
const EMPTY: Draft = { name: '', country: '', category: '', ecosocStatus: '', website: '', contactEmail: '' };

const fieldId = (field: Field) => `organization-${field}`;

/** "organization.website" (VALIDATION_FAILED's `details[].field`) → "website". */
function formFieldOf(path: string): Field | undefined {
  const last = path.split('.').pop() as Field;
  return FIELDS.includes(last) ? last : undefined;
}

function bodyOf(draft: Draft): Organization {
  const optional = (field: Field) => (draft[field].trim() ? { [field]: draft[field].trim() } : {});
  return {
    name: draft.name.trim(),
    country: draft.country,
    category: draft.category as Organization['category'],
    ...optional('ecosocStatus'),
    ...optional('website'),
    ...optional('contactEmail'),
  };
}

interface AddOrganizationModalProps {
  listKey: ListKey;
  ecosoc: boolean;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "Add organization": the organization's name, country (by name), category and contacts; the engine's refusals on their fields. */
export function AddOrganizationModal({ listKey, ecosoc, onClose, onDone }: AddOrganizationModalProps) {
  const { t } = useTranslation();
  const states = useReferenceStates();
  const countryOptions = useStateOptions(states.data);
  const [draft, setDraft, clearDraft] = useDraft<Draft>(`add-organization.${listKey.meetingId}.${listKey.listId}`, EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  // One key per organization being added: a second click or a retry after a lost answer adds nothing twice.
  const idempotencyKey = useRef(newIdempotencyKey());
  const propose = useProposeOrganization(listKey, () => idempotencyKey.current);
  const set = (field: Field, value: string) => setDraft({ ...draft, [field]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!draft.name.trim()) missing.name = t('list.add.errors.name');
    if (!draft.country) missing.country = t('list.add.errors.country');
    if (!draft.category) missing.category = t('list.add.errors.category');
    if (ecosoc && !draft.ecosocStatus) missing.ecosocStatus = t('list.add.errors.ecosocStatus');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    propose.mutate(bodyOf(draft), {
      onSuccess: () => {
        clearDraft();
        idempotencyKey.current = newIdempotencyKey();
        onDone(t('list.add.done', { name: draft.name.trim() }));
      },
      onError: (problem) => setErrors(apiErrorsOf(problem)),
    });
  };

  const summary: SummaryItem[] = FIELDS.filter((field) => errors[field]).map((field) => ({
    fieldId: fieldId(field),
    message: errors[field]!,
  }));
  const otherProblem = propose.isError && summary.length === 0;

  return (
    <Modal opened onClose={onClose} title={t('list.add.title')}>
      <ErrorSummary items={summary} />
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            id={fieldId('name')}
            label={t('list.add.name')}
            value={draft.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errors.name}
            maxLength={300}
            required
          />
          <Select
            id={fieldId('country')}
            label={t('list.add.country')}
            description={t('list.add.countryHelp')}
            data={countryOptions}
            value={draft.country || null}
            onChange={(value) => set('country', value ?? '')}
            error={errors.country}
            searchable
            clearable
            limit={30}
            nothingFoundMessage={t('list.add.noCountry')}
            required
          />
          <Select
            id={fieldId('category')}
            label={t('list.add.category')}
            data={CATEGORIES.map((value) => ({ value, label: t(`list.categories.${value}`) }))}
            value={draft.category || null}
            onChange={(value) => set('category', value ?? '')}
            error={errors.category}
            required
          />
          <Select
            id={fieldId('ecosocStatus')}
            label={ecosoc ? t('list.add.ecosocStatus') : t('list.add.ecosocStatusOptional')}
            data={ECOSOC.map((value) => ({ value, label: t(`list.ecosoc.${value}`) }))}
            value={draft.ecosocStatus || null}
            onChange={(value) => set('ecosocStatus', value ?? '')}
            error={errors.ecosocStatus}
            clearable
            required={ecosoc}
          />
          <TextInput
            id={fieldId('website')}
            label={t('list.add.websiteOptional')}
            description={t('list.add.websiteHelp')}
            value={draft.website}
            onChange={(e) => set('website', e.currentTarget.value)}
            error={errors.website}
            inputMode="url"
          />
          <TextInput
            id={fieldId('contactEmail')}
            label={t('list.add.contactEmailOptional')}
            value={draft.contactEmail}
            onChange={(e) => set('contactEmail', e.currentTarget.value)}
            error={errors.contactEmail}
            inputMode="email"
          />
          {otherProblem && <ProblemAlert error={propose.error} />}
          <DialogActions onCancel={onClose}>
            <Button type="submit" loading={propose.isPending}>
              {t('list.add.submit')}
            </Button>
          </DialogActions>
        </Stack>
      </form>
    </Modal>
  );
}

/** The engine's refusal on the fields it names; the same organization twice on the name. */
function apiErrorsOf(problem: unknown): Partial<Record<Field, string>> {
  if (!(problem instanceof ApiProblem)) return {};
  const errors: Partial<Record<Field, string>> = {};
  for (const [path, problems] of Object.entries(problem.fieldProblems)) {
    const field = formFieldOf(path);
    if (field) errors[field] = [errors[field], ...problems].filter(Boolean).join(' ');
  }
  if (problem.code === 'ALREADY_EXISTS') errors.name = problem.message;
  return errors;
}
