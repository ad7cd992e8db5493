import { Alert, Button, Divider, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { unwrap } from '../api/client';
import { ApiProblem } from '../api/problem';
import { useSignInOptions } from '../api/auth-queries';
import { useReferenceStates } from '../api/queries';
import { useStateOptions } from '../format/state-names';
import { claimsOf, homeOf } from '../auth/claims';
import { useSession } from '../auth/session';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { ProblemAlert, problemMessage } from '../components/ProblemAlert';
import { ProviderSignIn } from './auth/ProviderSignIn';

type Choice = 'pga' | 'auditor' | 'mission';

/** Where to go after signing in: the page the user came from (only a path of the console). */
function useNext(): string | undefined {
  const [params] = useSearchParams();
  const next = params.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/sign-in') ? next : undefined;
}

/**
 * Sign-in. With an OpenID provider (GET /v1/auth/config): through the organization's sign-in page. Where
 * the engine says `devSignIn` (development and test), it also makes tokens (`POST /v1/dev/tokens`): "Sign
 * in as" the PGA's office, an auditor, or a mission chosen from the reference list. And always: paste a token.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const { expired } = useSession();
  const options = useSignInOptions();
  const next = useNext();
  const provider = options.data?.provider;
  const devSignIn = options.data?.devSignIn === true;
  return (
    <div className="no-reading">
      <Title order={1} mb="md">
        {t('signIn.title')}
      </Title>
      {expired && (
        <Alert color="orange" variant="outline" mb="lg" title={t('signIn.expiredTitle')} role="alert">
          {t('signIn.expiredBody')}
        </Alert>
      )}
      {options.isError && <ProblemAlert error={options.error} />}
      {provider && <ProviderSignIn config={provider} next={next} />}
      {provider && <Divider my="xl" label={t('signIn.or')} labelPosition="center" />}
      {devSignIn && <DevSignIn />}
      {devSignIn && <Divider my="xl" label={t('signIn.or')} labelPosition="center" />}
      {!options.isPending && <PasteToken />}
    </div>
  );
}

function DevSignIn() {
  const { t } = useTranslation();
  const { api, signIn } = useSession();
  const navigate = useNavigate();
  const next = useNext();
  const states = useReferenceStates();
  const memberStates = useStateOptions(states.data?.filter((s) => !s.observer));
  const observers = useStateOptions(states.data?.filter((s) => s.observer));
  const [choice, setChoice] = useState<Choice>('pga');
  const [state, setState] = useState<string | null>(null);
  const [stateError, setStateError] = useState<string>();
  const make = useMutation({
    mutationFn: (body: { role: 'pga' | 'auditor' | 'member-state' | 'observer'; state?: string }) =>
      unwrap(api.POST('/v1/dev/tokens', { body })),
    onSuccess: ({ token }) => {
      const session = signIn(token);
      void navigate(next ?? homeOf(session?.claims.role), { replace: true });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice !== 'mission') return make.mutate({ role: choice });
    const chosen = states.data?.find((s) => s.code === state);
    if (!chosen) return setStateError(t('signIn.chooseState'));
    setStateError(undefined);
    make.mutate({ role: chosen.observer ? 'observer' : 'member-state', state: chosen.code });
  };

  const options = [
    {
      group: t('signIn.memberStates'),
      items: memberStates,
    },
    {
      group: t('signIn.observers'),
      items: observers,
    },
  ];
  const summary: SummaryItem[] = stateError ? [{ fieldId: 'sign-in-state', message: stateError }] : [];

  return (
    <form onSubmit={submit} noValidate aria-labelledby="dev-sign-in-title">
      <ErrorSummary items={summary} />
      <Title order={2} id="dev-sign-in-title" mb="xs">
        {t('signIn.devTitle')}
      </Title>
      <Text className="no-secondary" mb="md">
        {t('signIn.devExplanation')}
      </Text>
      <Stack gap="md">
        <Radio.Group label={t('signIn.signInAs')} value={choice} onChange={(value) => setChoice(value)} name="role">
          <Stack gap="xs" mt="xs">
            <Radio value="pga" label={t('actingAs.pga')} />
            <Radio value="auditor" label={t('actingAs.auditor')} />
            <Radio value="mission" label={t('signIn.mission')} />
          </Stack>
        </Radio.Group>
        {choice === 'mission' && (
          <Select
            id="sign-in-state"
            label={t('signIn.state')}
            description={t('signIn.stateDescription')}
            placeholder={t('signIn.statePlaceholder')}
            data={options}
            value={state}
            onChange={(value) => {
              setState(value);
              if (value) setStateError(undefined);
            }}
            searchable
            clearable
            nothingFoundMessage={t('signIn.noState')}
            error={stateError}
            required
            maxDropdownHeight={280}
          />
        )}
        {make.isError && <ProblemAlert error={make.error} />}
        <div>
          <Button type="submit" loading={make.isPending}>
            {t('signIn.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function PasteToken() {
  const { t } = useTranslation();
  const { api, signIn } = useSession();
  const navigate = useNavigate();
  const next = useNext();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();
  const check = useMutation({
    // Any read the token allows tells whether the engine accepts it.
    mutationFn: (candidate: string) => unwrap(api.GET('/v1/meetings', { headers: { authorization: `Bearer ${candidate}` } })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const candidate = token.trim();
    if (!claimsOf(candidate)) return setError(t('signIn.notAToken'));
    setError(undefined);
    check.mutate(candidate, {
      onSuccess: () => {
        const session = signIn(candidate);
        void navigate(next ?? homeOf(session?.claims.role), { replace: true });
      },
      onError: (problem) =>
        setError(problem instanceof ApiProblem && problem.status === 401 ? problem.message : problemMessage(problem, t)),
    });
  };

  const summary: SummaryItem[] = error ? [{ fieldId: 'sign-in-token', message: error }] : [];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="paste-token-title">
      <ErrorSummary items={summary} />
      <Title order={2} id="paste-token-title" mb="xs">
        {t('signIn.pasteTitle')}
      </Title>
      <Text className="no-secondary" mb="md">
        {t('signIn.pasteExplanation')}
      </Text>
      <Stack gap="md">
        <Textarea
          id="sign-in-token"
          label={t('signIn.token')}
          value={token}
          onChange={(event) => setToken(event.currentTarget.value)}
          error={error}
          autosize
          minRows={3}
          spellCheck={false}
          autoComplete="off"
          required
        />
        <div>
          <Button type="submit" variant="default" loading={check.isPending}>
            {t('signIn.pasteSubmit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
