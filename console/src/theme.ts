import { createTheme, mergeThemeOverrides, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';

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

/** Red, orange and green darkened so that their shade 6 (errors, outlines) and 7 (filled) pass AA on white. */
const red: MantineColorsTuple = [
  '#fff5f5',
  '#ffe3e3',
  '#ffc9c9',
  '#ffa8a8',
  '#f08080',
  '#dc4a4a',
  '#b3261e',
  '#9a1f18',
  '#7d1812',
  '#5f120d',
];
const orange: MantineColorsTuple = [
  '#fff4e6',
  '#ffe8cc',
  '#ffd8a8',
  '#ffc078',
  '#f5a04a',
  '#de7c22',
  '#a8550f',
  '#8f470b',
  '#733808',
  '#582b06',
];
const green: MantineColorsTuple = [
  '#ebfbee',
  '#d3f9d8',
  '#b2f2bb',
  '#8ce99a',
  '#5fcf73',
  '#3ea455',
  '#2b7a3b',
  '#236632',
  '#1b5128',
  '#143d1e',
];

export const UN_BLUE = '#009edb';

/**
 * What every Modal and Drawer needs, set once here. Mantine's scroll lock injects a <style> element, which the
 * Content-Security-Policy (style-src 'self') refuses: it is off, and styles.css stops the page from scrolling behind
 * an open dialog instead. The close button's name depends on the language: see `themeIn`.
 */
const dialog = { lockScroll: false, classNames: { title: 'no-dialog-title' } };

export const theme = createTheme({
  // People who ask their system for less motion get dialogs and drawers without their slide and fade.
  respectReducedMotion: true,
  primaryColor: 'unBlue',
  primaryShade: 7,
  colors: { unBlue, gray: slate, red, orange, green },
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
    Modal: { defaultProps: { ...dialog, size: 'lg', centered: true } },
    Drawer: { defaultProps: dialog },
  },
});

/** The theme with every dialog's close button (an icon) named in the console's language (axe: button-name). */
export function themeIn(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel };
  return mergeThemeOverrides(theme, {
    components: { Modal: { defaultProps: { closeButtonProps } }, Drawer: { defaultProps: { closeButtonProps } } },
  });
}
