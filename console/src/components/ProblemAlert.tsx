import { Alert } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';

/** An error of the engine (or of the network) in words, placed next to what caused it. */
export function ProblemAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="outline" title={title ?? t('problem.title')} role="alert">
      {problemMessage(error, t)}
    </Alert>
  );
}

export function problemMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiProblem) {
    if (error.code === 'NETWORK') return t('problem.network');
    return error.message || t('problem.unexpected');
  }
  return t('problem.unexpected');
}
