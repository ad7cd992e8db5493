import { convertCssVariables, DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from '@mantine/core';
import { theme } from './src/theme.ts';

/** The CSS variables Mantine's provider would inject for the console's theme, as a stylesheet's text. */
export function themeCss(): string {
  const merged = mergeMantineTheme(DEFAULT_THEME, theme);
  return `${convertCssVariables(defaultCssVariablesResolver(merged))}\n`;
}
