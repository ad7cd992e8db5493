import { createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * A sober United Nations working tool: white pages, dark slate text, the UN blue (#009EDB) kept for a
 * thin accent and, in deeper shades that pass WCAG AA on white, for actions and links. No emblem.
 */

/** UN blue: shade 6 is the brand blue itself (3:1 on white, so only for decoration); 7 and up carry text. */
const unBlue: MantineColorsTuple = [
  '#e6f5fc',
  '#cdebf8',
  '#9dd6f1',
  '#67bfe9',
  '#3badE2',
  '#1aa3de',
  '#009edb',
  '#006da3',
  '#00608f',
  '#004a6e',
];

/** Greys darkened so that secondary text (shade 6 and up) keeps a 5.8:1 contrast on white. */
const slate: MantineColorsTuple = [
  '#f6f7f9',
  '#eceff2',
  '#dfe3e8',
  '#c9cfd6',
  '#a9b1ba',
  '#6b7580',
  '#5c6670',
  '#4a5560',
  '#343d47',
  '#1f2730',
];

export const UN_BLUE = '#009edb';

export const theme = createTheme({
  primaryColor: 'unBlue',
  primaryShade: 7,
  colors: { unBlue, gray: slate },
  black: '#1f2730',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
  headings: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.625rem', lineHeight: '1.3' },
      h2: { fontSize: '1.25rem', lineHeight: '1.35' },
      h3: { fontSize: '1.0625rem', lineHeight: '1.4' },
    },
  },
  defaultRadius: 'xs',
  cursorType: 'pointer',
  focusRing: 'always',
  components: {
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: 'sm', fz: 'sm' } },
    Button: { defaultProps: { radius: 'xs' } },
  },
});
