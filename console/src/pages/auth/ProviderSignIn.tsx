import { Alert, Button, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { signInAtProvider, type ProviderConfig } from '../../auth/provider';

/** "Sign in with your organization's account": off to the provider's sign-in page, back on /auth/callback. */
export function ProviderSignIn({ config, next }: { config: ProviderConfig; next?: string }) {
  const { t } = useTranslation();
  const go = useMutation({ mutationFn: () => signInAtProvider(config, next) });
  return (
    <section aria-labelledby="provider-sign-in-title">
      <Title order={2} id="provider-sign-in-title" mb="xs">
        {t('auth.providerTitle')}
      </Title>
      <Text className="no-secondary" mb="md">
        {t('auth.providerExplanation', { host: new URL(config.issuer).host })}
      </Text>
      {go.isError && (
        <Alert color="red" variant="outline" title={t('auth.providerUnreachable')} role="alert" mb="md">
          {go.error.message}
        </Alert>
      )}
      <Button onClick={() => go.mutate()} loading={go.isPending || go.isSuccess}>
        {t('auth.providerSubmit')}
      </Button>
    </section>
  );
}
