import { Button, Group, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisteredWebhook, useRegisterWebhook, useRotateWebhookSecret } from '../../api/mission-queries';
import { formatInstant, viewerTimeZone } from '../../format/dates';
import { ApiProblem } from '../../api/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ResultMessage } from './ResultMessage';

/** The mission's webhook for reminders; its signing secret is shown once, when the engine gives it, and never kept. */
export function SettingsPage() {
  const { t } = useTranslation();
  const register = useRegisterWebhook();
  const rotate = useRotateWebhookSecret();
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState<string>();
  const [secret, setSecret] = useState<string>();
  const [result, setResult] = useState<string>();
  const [rotating, setRotating] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setResult(undefined);
    if (!URL.canParse(url.trim())) return setUrlError(t('mission.settings.errors.url'));
    setUrlError(undefined);
    register.mutate(url.trim(), {
      onSuccess: (answer) => {
        setSecret(answer.secret);
        setResult(t(answer.secret ? 'mission.settings.saved' : 'mission.settings.savedSameSecret', { url: answer.url }));
      },
      onError: (problem) =>
        setUrlError(problem instanceof ApiProblem && problem.code === 'VALIDATION_FAILED' ? problem.message : undefined),
    });
  };

  return (
    <div className="no-reading">
      <Title order={1} mb="xs">
        {t('mission.settings.title')}
      </Title>
      <Text mb="lg">{t('mission.settings.intro')}</Text>
      <ResultMessage message={result} />
      {secret && <SecretOnce secret={secret} />}
      <RegisteredAddress />
      <form onSubmit={submit} noValidate className="no-mission-form">
        <TextInput
          label={t('mission.settings.url')}
          description={t('mission.settings.urlHelp')}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={urlError}
          type="url"
          autoComplete="url"
          spellCheck={false}
          required
        />
        {register.isError && !urlError && <ProblemAlert error={register.error} />}
        <Group mt="sm">
          <Button type="submit" loading={register.isPending}>
            {t('mission.settings.save')}
          </Button>
        </Group>
      </form>
      <Title order={2} size="h3" mt="xl" mb="xs">
        {t('mission.settings.rotateTitle')}
      </Title>
      <Text mb="sm">{t('mission.settings.rotateIntro')}</Text>
      <Button variant="default" onClick={() => setRotating(true)}>
        {t('mission.settings.rotate')}
      </Button>
      <ConfirmDialog
        opened={rotating}
        title={t('mission.settings.rotateTitle')}
        confirmLabel={t('mission.settings.rotateConfirm')}
        onClose={() => setRotating(false)}
        pending={rotate.isPending}
        error={rotate.error}
        danger
        onConfirm={() =>
          rotate.mutate(undefined, {
            onSuccess: (answer) => {
              setRotating(false);
              setSecret(answer.secret);
              setResult(t('mission.settings.rotated'));
            },
          })
        }
      >
        <Text>{t('mission.settings.rotateBody')}</Text>
      </ConfirmDialog>
    </div>
  );
}

/** The address the engine has for the mission now, and since when (in the viewer's time zone, named). */
function RegisteredAddress() {
  const { t, i18n } = useTranslation();
  const registered = useRegisteredWebhook();
  if (registered.isPending) return null;
  if (registered.isError) return <ProblemAlert error={registered.error} />;
  return (
    <section aria-labelledby="registered-address-title" className="no-mission-registered">
      <Title order={2} size="h3" mb="xs" id="registered-address-title">
        {t('mission.settings.registered.title')}
      </Title>
      {registered.data ? (
        <Text mb="lg">
          {t('mission.settings.registered.address', {
            url: registered.data.url,
            time: formatInstant(registered.data.registeredAt, viewerTimeZone(), i18n.language),
          })}
        </Text>
      ) : (
        <Text mb="lg">{t('mission.settings.registered.none')}</Text>
      )}
    </section>
  );
}

function SecretOnce({ secret }: { secret: string }) {
  const { t } = useTranslation();
  return (
    <div className="no-mission-secret">
      <Title order={2} size="h4" mb="xs">
        {t('mission.settings.secretTitle')}
      </Title>
      <Text mb="xs">{t('mission.settings.secretWarning')}</Text>
      <TextInput
        label={t('mission.settings.secret')}
        value={secret}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        className="no-mission-secret-value"
      />
    </div>
  );
}
