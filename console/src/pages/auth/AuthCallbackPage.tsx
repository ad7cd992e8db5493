import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { unwrap } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { homeOf } from '../../auth/claims';
import { completeSignIn, rememberProvider, sessionProvider } from '../../auth/provider';
import { useSession } from '../../auth/session';
import { problemMessage } from '../../components/ProblemAlert';

/**
 * Where the provider sends the browser back (/auth/callback): the code is exchanged for tokens (PKCE),
 * the engine says who the access token speaks for (GET /v1/me: it refuses a token without a known role
 * or State, and says which claim), and the session starts where the user was going.
 */
export function AuthCallbackPage() {
  const { t } = useTranslation();
  const { api, signIn } = useSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    const provider = sessionProvider();
    if (!provider) return setProblem(t('auth.noSignInUnderWay'));
    let active = true;
    completeSignIn(provider)
      .then(async (user) => {
        const headers = { authorization: `Bearer ${user.access_token}` };
        const me = await unwrap(api.GET('/v1/me', { headers }));
        if (!active) return;
        signIn(user.access_token, { sub: me.sub, role: me.role, state: me.state });
        const next = typeof user.url_state === 'string' && user.url_state.startsWith('/') ? user.url_state : undefined;
        void navigate(next ?? homeOf(me.role), { replace: true });
      })
      .catch((error: unknown) => {
        rememberProvider(undefined);
        if (active) setProblem(error instanceof ApiProblem ? problemMessage(error, t) : (error as Error).message);
      });
    return () => {
      active = false;
    };
  }, [api, navigate, signIn, t]);

  return (
    <Stack className="no-reading">
      <Title order={1}>{problem ? t('auth.failedTitle') : t('auth.callbackTitle')}</Title>
      {problem ? (
        <Alert color="red" variant="outline" title={t('auth.failedTitle')} role="alert">
          {problem}
        </Alert>
      ) : (
        <Loader aria-label={t('auth.callbackTitle')} />
      )}
      {problem && (
        <Anchor component={Link} to="/sign-in">
          {t('auth.backToSignIn')}
        </Anchor>
      )}
    </Stack>
  );
}
