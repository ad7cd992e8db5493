import { MantineProvider } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { themeIn } from '../theme';

/**
 * Mantine with the console's theme in the console's language. The theme's CSS variables come from a static
 * stylesheet (virtual:theme.css) and Mantine's global classes are not needed: Mantine writes no <style> element,
 * so the console runs under `style-src 'self'`.
 */
export function ConsoleMantineProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('dialog.close');
  const theme = useMemo(() => themeIn(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} forceColorScheme="light" withCssVariables={false} withGlobalClasses={false}>
      {children}
    </MantineProvider>
  );
}
