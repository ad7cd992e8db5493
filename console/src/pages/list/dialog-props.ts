import { useTranslation } from 'react-i18next';

/**
 * What every Modal and Drawer of this screen needs: a close button with a name (axe: button-name), and no
 * scroll lock, whose <style> element the Content-Security-Policy (style-src 'self') refuses; styles.css
 * stops the page from scrolling behind an open dialog instead.
 */
export function useDialogProps() {
  const { t } = useTranslation();
  return {
    lockScroll: false,
    closeButtonProps: { 'aria-label': t('list.actions.close') },
    classNames: { title: 'no-dialog-title' },
  } as const;
}
