import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isRightToLeft } from '../format/languages';
import { themeIn } from '../theme';

/**
 * Mantine with the console's theme in the console's language and its direction (Arabic right to left). The theme's
 * CSS variables come from a static stylesheet (virtual:theme.css) and Mantine's global classes are not needed:
 * Mantine writes no <style> element, so the console runs under `style-src 'self'`.
 */
export function ConsoleMantineProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const closeLabel = t('dialog.close');
  const theme = useMemo(() => themeIn(closeLabel), [closeLabel]);
  return (
    <DirectionProvider initialDirection={isRightToLeft(i18n.language) ? 'rtl' : 'ltr'} detectDirection={false}>
      <FollowLanguageDirection language={i18n.language} />
      <MantineProvider theme={theme} forceColorScheme="light" withCssVariables={false} withGlobalClasses={false}>
        {children}
      </MantineProvider>
    </DirectionProvider>
  );
}

/** Mantine's components that place things by script (menus, drawers, sliders) turn with the language. */
function FollowLanguageDirection({ language }: { language: string }) {
  const { setDirection } = useDirection();
  useEffect(() => setDirection(isRightToLeft(language) ? 'rtl' : 'ltr'), [language, setDirection]);
  return null;
}
